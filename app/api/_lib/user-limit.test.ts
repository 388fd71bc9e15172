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

  it("runs one job per user at a time: a second while the first runs is a 429, another user's is not", async () => {
    const limit = new UserLimit(10, 60_000, "imports", "import");
    let release!: () => void;
    const first = limit.run("a", () => new Promise<string>((r) => (release = () => r("done"))));
    await expect(limit.run("a", async () => "again")).rejects.toMatchObject({
      status: 429,
      message: expect.stringMatching(/previous import is still running/),
    });
    await expect(limit.run("b", async () => "b's")).resolves.toBe("b's");
    release();
    await expect(first).resolves.toBe("done");
    await expect(limit.run("a", async () => "after")).resolves.toBe("after");
    // A job that fails frees the slot too.
    await expect(
      limit.run("a", async () => {
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    await expect(limit.run("a", async () => "ok")).resolves.toBe("ok");
  });
});
