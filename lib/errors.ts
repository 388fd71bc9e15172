/**
 * Typed errors that carry their HTTP status, so the pure core can say
 * "this input is bad" without knowing about responses. `app/api/_lib/respond.ts`
 * is the one place that turns them into `{ error }` JSON.
 */

/** An error meant for the client: `message` is shown to the learner as is. */
export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    /** HTTP status, 4xx. */
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** 400: the request is well-formed JSON but makes no sense. */
export function badRequest(message: string): ApiError {
  return new ApiError(400, message);
}

/** 404: the thing asked for does not exist (or is not the caller's). */
export function notFound(message: string): ApiError {
  return new ApiError(404, message);
}

/** 409: the request clashes with what is stored. */
export function conflict(message: string): ApiError {
  return new ApiError(409, message);
}
