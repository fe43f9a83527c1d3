// An error the user can fix, printed as its one-line message (no stack) with exit code 2.
export class CliError extends Error {
  override name = 'CliError';
}
