// The one error type for problems a user can cause and fix (a bad setting, an unwritable database
// path, a wrong CLI argument): its message is the whole story, one line saying what to do, never a stack.
export class UserError extends Error {
  override name = 'UserError';
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
