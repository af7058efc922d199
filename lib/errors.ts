// Errors a user can cause, with the HTTP status they map to. Anything else is a 500 whose
// details stay in the server log.
export type ErrorKind =
  "validation" | "unauthenticated" | "forbidden" | "not_found" | "conflict" | "too_many" | "too_large";

export const STATUS: Record<ErrorKind, number> = {
  validation: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  too_many: 429,
};

export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
  }
}

export const forbidden = (message = "You do not have permission to do that.") => new AppError("forbidden", message);
export const notFound = (message = "Not found.") => new AppError("not_found", message);

/** What a missing story, and one this person may not open, both answer (ids cannot be probed). */
export const STORY_GONE = "This story no longer exists. It may have been deleted.";
export const storyGone = () => notFound(STORY_GONE);
export const MEDIA_GONE = "This image is no longer in the library.";
export const mediaGone = () => notFound(MEDIA_GONE);

// Messages more than one place gives, written once.
export const SESSION_ENDED = "Your session has ended. Sign in again.";
export const UNEXPECTED = "Something went wrong on our side. Nothing was changed; try again.";
export const FIELDS_NEED_ATTENTION = "Some fields need attention.";
export const NO_LONGER_EDITABLE = "You can no longer edit this story in its current state.";
export const invalid = (message: string, fieldErrors?: Record<string, string>) =>
  new AppError("validation", message, fieldErrors);
