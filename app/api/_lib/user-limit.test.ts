import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/db/test-helpers";
import { UserLimit } from "./user-limit";

beforeAll(async () => {
  await freshDatabase();
});

describe("UserLimit", () => {
  it("allows max requests a window per user, then answers 429 with when to retry", async () => {
    const limit = new UserLimit(2, 60_000, "articles added");
    const t = 1_000_000;
    await limit.take("a", t);
    await limit.take("a", t + 1);
    await limit.take("b", t + 2); // another user has their own budget
    await expect(limit.take("a", t + 2)).rejects.toMatchObject({ status: 429, message: expect.stringMatching(/try again in 1 minute/) });
    // Once the first request leaves the window, one more is allowed.
    await expect(limit.take("a", t + 60_000)).resolves.toBeUndefined();
  });

  it("counts across instances, as separate server processes do (one database)", async () => {
    const t = 5_000_000;
    await new UserLimit(1, 60_000, "optimisations").take("c", t);
    await expect(new UserLimit(1, 60_000, "optimisations").take("c", t + 1)).rejects.toMatchObject({ status: 429 });
    // Another limit counts apart.
    await expect(new UserLimit(1, 60_000, "previews").take("c", t + 1)).resolves.toBeUndefined();
  });

  it("runs one job per user at a time, across instances: a second while the first runs is a 429, another user's is not", async () => {
    const limit = new UserLimit(10, 60_000, "imports", "import");
    const otherProcess = new UserLimit(10, 60_000, "imports", "import");
    let release!: () => void;
    let started!: () => void;
    const running = new Promise<void>((r) => (started = r));
    const first = limit.run("a", () => {
      started();
      return new Promise<string>((r) => (release = () => r("done")));
    });
    await running;
    await expect(otherProcess.run("a", async () => "again")).rejects.toMatchObject({
      status: 429,
      message: expect.stringMatching(/previous import is still running/),
    });
    await expect(limit.run("b", async () => "b's")).resolves.toBe("b's");
    release();
    await expect(first).resolves.toBe("done");
    await expect(otherProcess.run("a", async () => "after")).resolves.toBe("after");
    // A job that fails frees the slot too.
    await expect(
      limit.run("a", async () => {
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    await expect(limit.run("a", async () => "ok")).resolves.toBe("ok");
  });

  it("takes over a slot whose holder stopped renewing it (a process that died mid-job) once its lease ran out", async () => {
    const limit = new UserLimit(10, 60_000, "exports", "export");
    const t = Date.now();
    const stuck = limit.run("d", () => new Promise<never>(() => undefined), t);
    void stuck;
    await new Promise((r) => setTimeout(r, 20));
    await expect(limit.run("d", async () => "early", t + 1000)).rejects.toMatchObject({ status: 429 });
    await expect(limit.run("d", async () => "late", t + 5 * 60_000 + 1)).resolves.toBe("late");
  });
});
