// The error a bad setting becomes: its message is the whole story, one line per bad variable, and
// whoever catches it (playwright.config.ts, the CLI, a pipeline stage) prints it without a stack.
import { UserError } from '../core/user-error';

/** Thrown when the environment holds a value Nano-SRE cannot use; a UserError like every fixable problem. */
export class SettingsError extends UserError {
  override name = 'SettingsError';
}
