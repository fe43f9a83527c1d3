// What any stage says about an error it caught: the message of an Error, or the thrown value as text.
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The first line only: for summaries, findings and notes that must stay one line. */
export function firstLineOf(error: unknown): string {
  return errorText(error).split('\n')[0] ?? '';
}
