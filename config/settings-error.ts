// The one error a bad setting becomes: its message is the whole story, one line per bad variable,
// and whoever catches it (playwright.config.ts, the CLI, a pipeline stage) prints it without a stack.

/** Thrown when the environment holds a value Nano-SRE cannot use. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}
