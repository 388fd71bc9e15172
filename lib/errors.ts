/**
 * The one family of errors meant for the client. Each carries its HTTP status, so db/ and lib/ can
 * say "this input is bad" without knowing about responses; `app/api/_lib/respond.ts` is the one
 * place that turns them into `{ error }` JSON. Throw them through the helpers below
 * (`throw conflict("…")`), never `new ApiError(…)` (lint refuses it outside this file); anything
 * else thrown is a 500.
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

/** 400: the request is well-formed but makes no sense. */
export function badRequest(message: string): ApiError {
  return new ApiError(400, message);
}

/** 401: no session (sign in, or continue as a guest). */
export function unauthorized(message: string): ApiError {
  return new ApiError(401, message);
}

/** 403: refused whoever asks (a request from another site). */
export function forbidden(message: string): ApiError {
  return new ApiError(403, message);
}

/** 404: the thing asked for does not exist (or is not the caller's). */
export function notFound(message: string): ApiError {
  return new ApiError(404, message);
}

/** 409: the request clashes with what is stored. */
export function conflict(message: string): ApiError {
  return new ApiError(409, message);
}

/** 413: the body is larger than the route takes. */
export function payloadTooLarge(message: string): ApiError {
  return new ApiError(413, message);
}

/** 415: the body is not of the type the route takes (JSON). */
export function unsupportedMediaType(message: string): ApiError {
  return new ApiError(415, message);
}

/** 422: understood, but it cannot be done with what there is (too few questions, too many articles). */
export function unprocessable(message: string): ApiError {
  return new ApiError(422, message);
}

/** 429: too many requests in a short time. */
export function tooManyRequests(message: string): ApiError {
  return new ApiError(429, message);
}
