import "server-only";
import { tooManyRequests } from "@/lib/errors";

/**
 * A per-user limit on expensive requests (generating an article's questions, fitting FSRS), so one
 * account or guest cannot keep the CPU busy. In memory, per server process: a coarse guard, not a
 * quota (docs/security.md).
 */
export class UserLimit {
  private readonly hits = new Map<string, number[]>();
  private readonly running = new Set<string>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly what: string,
    /** One of them, for "your previous … is still running". */
    private readonly one = what,
  ) {}

  /** Counts one request of `userId` at `now`; throws 429 past the limit. */
  take(userId: string, now = Date.now()): void {
    const recent = (this.hits.get(userId) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.max) {
      const wait = Math.ceil((this.windowMs - (now - recent[0]!)) / 60_000);
      throw tooManyRequests(`Too many ${this.what} in a short time; try again in ${wait} minute${wait === 1 ? "" : "s"}.`);
    }
    recent.push(now);
    this.hits.set(userId, recent);
    // Forget idle users now and then so the map does not grow without bound.
    if (this.hits.size > 10_000) {
      for (const [id, times] of this.hits) if (times.every((t) => now - t >= this.windowMs)) this.hits.delete(id);
    }
  }

  /**
   * Runs one expensive job of `userId`: counted like `take`, and one at a time per user (a second
   * while the first runs is a 429), so one account cannot stack heavy work (imports, exports).
   */
  async run<T>(userId: string, job: () => Promise<T>, now = Date.now()): Promise<T> {
    if (this.running.has(userId)) throw tooManyRequests(`Your previous ${this.one} is still running; try again when it is done.`);
    this.take(userId, now);
    this.running.add(userId);
    try {
      return await job();
    } finally {
      this.running.delete(userId);
    }
  }
}
