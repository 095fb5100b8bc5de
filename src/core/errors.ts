/**
 * Expected failures: a user mistake or a bad input. They carry a message meant for a person
 * and end the process with exit code 2, without a stack trace. Anything else thrown is a bug.
 */
export type UserErrorKind = "usage" | "config" | "input" | "baseline";

export class UserError extends Error {
  override readonly name = "UserError";
  constructor(
    readonly kind: UserErrorKind,
    message: string,
  ) {
    super(message);
  }
}

/** A problem with an artifact's bytes (corrupt, truncated, unreadable): names the artifact and the cause. */
export function inputError(artifact: string, what: string): UserError {
  return new UserError("input", `${artifact}: ${what}`);
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
