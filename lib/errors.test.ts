import { describe, expect, it } from "vitest";
import { ApiError, badRequest, conflict, notFound } from "./errors";

describe("ApiError helpers", () => {
  it("carry status and message", () => {
    for (const [err, status] of [
      [badRequest("b"), 400],
      [notFound("n"), 404],
      [conflict("c"), 409],
    ] as const) {
      expect(err).toBeInstanceOf(ApiError);
      expect(err).toBeInstanceOf(Error);
      expect(err.status).toBe(status);
    }
    expect(notFound("No such question.").message).toBe("No such question.");
  });
});
