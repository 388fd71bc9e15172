import { describe, expect, it } from "vitest";
import { UserLimit } from "./user-limit";

describe("UserLimit", () => {
  it("allows max requests a window per user, then answers 429 with when to retry", () => {
    const limit = new UserLimit(2, 60_000, "articles added");
    const t = 1_000_000;
    limit.take("a", t);
    limit.take("a", t + 1);
    limit.take("b", t + 2); // another user has their own budget
    expect(() => limit.take("a", t + 2)).toThrow(expect.objectContaining({ status: 429, message: expect.stringMatching(/try again in 1 minute/) }));
    // Once the first request leaves the window, one more is allowed.
    expect(() => limit.take("a", t + 60_000)).not.toThrow();
  });
});
