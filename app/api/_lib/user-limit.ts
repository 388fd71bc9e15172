import "server-only";
import { takeLease, takeLimit } from "@/db/limits";
import { tooManyRequests } from "@/lib/errors";

/** How long a job may hold its one-at-a-time slot before another may start (a process that died mid-job). */
const JOB_LEASE_MS = 5 * 60_000;

/**
 * A per-user limit on expensive requests (generating an article's questions, fitting FSRS), so one
 * account or guest cannot keep the CPU busy: at most `max` in any `windowMs`. Counted in the
 * database (db/limits.ts), so it holds across the server processes `npm start` runs
 * (docs/security.md). Two limits with the same `what` share their counts.
 */
export class UserLimit {
  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly what: string,
    /** One of them, for "your previous … is still running". */
    private readonly one = what,
  ) {}

  /** Counts one request of `userId` at `now`; throws 429 past the limit. */
  async take(userId: string, now = Date.now()): Promise<void> {
    const waitMs = await takeLimit({ key: `limit:${this.what}:${userId}`, max: this.max, windowMs: this.windowMs, now });
    if (waitMs === null) return;
    const wait = Math.max(1, Math.ceil(waitMs / 60_000));
    throw tooManyRequests(`Too many ${this.what} in a short time; try again in ${wait} minute${wait === 1 ? "" : "s"}.`);
  }

  /**
   * Runs one expensive job of `userId`: counted like `take`, and one at a time per user on every
   * server process (a second while the first runs is a 429), so one account cannot stack heavy work
   * (imports, exports).
   */
  async run<T>(userId: string, job: () => Promise<T>, now = Date.now()): Promise<T> {
    const release = await takeLease({ key: `job:${this.one}:${userId}`, ttlMs: JOB_LEASE_MS, now });
    if (!release) throw tooManyRequests(`Your previous ${this.one} is still running; try again when it is done.`);
    try {
      await this.take(userId, now);
      return await job();
    } finally {
      await release();
    }
  }
}
