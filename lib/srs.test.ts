import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createEmptyCard, fsrs, Rating } from "ts-fsrs";
import { fromFsrsCard, newSrsCard, previewIntervals, retrievability, scheduleReview, toFsrsCard, type SrsCard, type SrsRating } from "./srs";

const NOW = new Date("2026-01-01T09:00:00Z");
const DAY = 86_400_000;

/** Reviews a card with each rating in turn, each on its due date. */
function run(ratings: SrsRating[], retention = 0.9): { card: SrsCard; at: Date } {
  let card = newSrsCard(NOW);
  let at = NOW;
  for (const rating of ratings) {
    card = scheduleReview({ card, rating, now: at, retention }).card;
    at = card.due;
  }
  return { card, at };
}

describe("newSrsCard", () => {
  it("is new, due now, never reviewed", () => {
    expect(newSrsCard(NOW)).toEqual({
      due: NOW,
      stability: 0,
      difficulty: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 0,
      lapses: 0,
      state: "new",
      lastReview: null,
    });
  });
});

describe("toFsrsCard / fromFsrsCard", () => {
  it("round-trips a reviewed card", () => {
    const { card } = run([3, 3, 1]);
    expect(fromFsrsCard(toFsrsCard(card))).toEqual(card);
  });

  it("round-trips the ts-fsrs empty card", () => {
    const empty = createEmptyCard(NOW);
    const back = toFsrsCard(fromFsrsCard(empty));
    expect(back).toEqual(empty);
  });

  it("round-trips any card state (property)", () => {
    const arb = fc.record({
      due: fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }),
      stability: fc.double({ min: 0, max: 36500, noNaN: true }),
      difficulty: fc.double({ min: 0, max: 10, noNaN: true }),
      scheduledDays: fc.nat(36500),
      learningSteps: fc.nat(5),
      reps: fc.nat(1000),
      lapses: fc.nat(1000),
      state: fc.constantFrom("new", "learning", "review", "relearning" as const),
      lastReview: fc.option(fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true })),
    });
    fc.assert(
      fc.property(arb, (card) => {
        expect(fromFsrsCard(toFsrsCard(card as SrsCard))).toEqual(card);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("does not share Date objects with its input", () => {
    const card = run([3]).card;
    const converted = toFsrsCard(card);
    converted.due.setTime(0);
    expect(card.due.getTime()).not.toBe(0);
  });
});

describe("scheduleReview", () => {
  it("matches ts-fsrs with default parameters and no fuzz", () => {
    const f = fsrs({ request_retention: 0.9, enable_fuzz: false });
    let expected = createEmptyCard(NOW);
    let at = NOW;
    let card = newSrsCard(NOW);
    for (const rating of [3, 3, 2, 1, 3, 4] as const) {
      expected = f.next(expected, at, rating as Rating.Good).card;
      card = scheduleReview({ card, rating, now: at, retention: 0.9 }).card;
      expect(toFsrsCard(card).due).toEqual(expected.due);
      expect(card.stability).toBe(expected.stability);
      expect(card.difficulty).toBe(expected.difficulty);
      at = expected.due;
    }
  });

  it("Good on a new card starts the 10-minute learning step", () => {
    const { card, intervalDays } = scheduleReview({ card: newSrsCard(NOW), rating: 3, now: NOW, retention: 0.9 });
    expect(card.state).toBe("learning");
    expect(card.due).toEqual(new Date("2026-01-01T09:10:00Z"));
    expect(intervalDays).toBeCloseTo(10 / 1440, 10);
    expect(card.reps).toBe(1);
    expect(card.lastReview).toEqual(NOW);
  });

  it("gives the same result twice (no fuzz)", () => {
    const a = run([3, 3, 3, 3]);
    const b = run([3, 3, 3, 3]);
    expect(a).toEqual(b);
  });

  it("Again on a review card is a lapse into relearning", () => {
    const { card } = run([3, 3, 3, 1]);
    expect(card.state).toBe("relearning");
    expect(card.lapses).toBe(1);
  });

  it("higher retention gives shorter intervals", () => {
    const reviewed = run([3, 3]).card;
    const at = reviewed.due;
    const low = scheduleReview({ card: reviewed, rating: 3, now: at, retention: 0.8 }).intervalDays;
    const high = scheduleReview({ card: reviewed, rating: 3, now: at, retention: 0.95 }).intervalDays;
    expect(high).toBeLessThan(low);
  });

  // ts-fsrs spreads Easy a day past Good after applying maximum_interval,
  // which scheduled Easy for 9 days under a 7-day cap.
  it("honours maxIntervalDays for every rating, Easy included", () => {
    const { card, at } = run([3, 3, 3, 3, 3]);
    for (const rating of [2, 3, 4] as const) {
      const { intervalDays } = scheduleReview({ card, rating, now: at, retention: 0.9, maxIntervalDays: 7 });
      expect(intervalDays).toBeLessThanOrEqual(7);
    }
    const easy = scheduleReview({ card, rating: 4, now: at, retention: 0.9, maxIntervalDays: 7 });
    expect(easy.intervalDays).toBe(7);
    expect(easy.card.scheduledDays).toBe(7);
  });

  it.each([0, -1, 1.5])("rejects maxIntervalDays %s", (maxIntervalDays) => {
    expect(() => scheduleReview({ card: newSrsCard(NOW), rating: 3, now: NOW, retention: 0.9, maxIntervalDays })).toThrow(RangeError);
  });

  it("never schedules past a future exam date", () => {
    const { card, at } = run([3, 3, 3, 3]);
    const examDate = new Date(at.getTime() + 5.5 * DAY);
    for (const rating of [1, 2, 3, 4] as const) {
      const next = scheduleReview({ card, rating, now: at, retention: 0.9, examDate }).card;
      expect(next.due.getTime()).toBeLessThanOrEqual(examDate.getTime());
    }
    // Easy would be 6 days (Good 5 + 1): pulled back to the exam itself.
    const easy = scheduleReview({ card, rating: 4, now: at, retention: 0.9, examDate });
    expect(easy.card.due).toEqual(examDate);
    expect(easy.card.scheduledDays).toBe(5);
  });

  it("clamps even learning steps when the exam is minutes away", () => {
    const examDate = new Date(NOW.getTime() + 5 * 60_000);
    const { card } = scheduleReview({ card: newSrsCard(NOW), rating: 3, now: NOW, retention: 0.9, examDate });
    expect(card.due).toEqual(examDate);
  });

  it("ignores an exam date that has passed", () => {
    const { card, at } = run([3, 3, 3]);
    const past = new Date(at.getTime() - DAY);
    const withPast = scheduleReview({ card, rating: 3, now: at, retention: 0.9, examDate: past });
    const without = scheduleReview({ card, rating: 3, now: at, retention: 0.9 });
    expect(withPast).toEqual(without);
  });

  it.each([0.69, 0.98, Number.NaN, 1])("rejects retention %s", (retention) => {
    expect(() => scheduleReview({ card: newSrsCard(NOW), rating: 3, now: NOW, retention })).toThrow(RangeError);
  });

  it.each([0.7, 0.97])("accepts retention %s", (retention) => {
    expect(() => scheduleReview({ card: newSrsCard(NOW), rating: 3, now: NOW, retention })).not.toThrow();
  });

  it("rejects a rating outside 1–4", () => {
    expect(() => scheduleReview({ card: newSrsCard(NOW), rating: 0 as SrsRating, now: NOW, retention: 0.9 })).toThrow(RangeError);
  });

  it("does not mutate its input card", () => {
    const card = run([3, 3]).card;
    const copy = structuredClone(card);
    scheduleReview({ card, rating: 1, now: card.due, retention: 0.9 });
    expect(card).toEqual(copy);
  });
});

describe("previewIntervals", () => {
  it("shows Anki's default steps for a new card", () => {
    const p = previewIntervals({ card: newSrsCard(NOW), now: NOW, retention: 0.9 });
    expect([p[1].label, p[2].label, p[3].label, p[4].label]).toEqual(["1m", "6m", "10m", "8d"]);
    expect(p[3].due).toEqual(new Date("2026-01-01T09:10:00Z"));
  });

  it("agrees with scheduleReview for every rating", () => {
    const { card, at } = run([3, 3, 3]);
    const p = previewIntervals({ card, now: at, retention: 0.9 });
    for (const rating of [1, 2, 3, 4] as const) {
      expect(p[rating].due).toEqual(scheduleReview({ card, rating, now: at, retention: 0.9 }).card.due);
    }
  });

  it("orders intervals Again ≤ Hard ≤ Good ≤ Easy", () => {
    const { card, at } = run([3, 3, 3, 3]);
    const p = previewIntervals({ card, now: at, retention: 0.9 });
    expect(p[1].due.getTime()).toBeLessThanOrEqual(p[2].due.getTime());
    expect(p[2].due.getTime()).toBeLessThanOrEqual(p[3].due.getTime());
    expect(p[3].due.getTime()).toBeLessThanOrEqual(p[4].due.getTime());
  });

  it("caps previews at the exam date", () => {
    const { card, at } = run([3, 3, 3, 3]);
    const examDate = new Date(at.getTime() + 3 * DAY);
    const p = previewIntervals({ card, now: at, retention: 0.9, examDate });
    expect(p[4].label).toBe("3d");
  });
});

describe("retrievability", () => {
  it("is 0 for a new card", () => {
    expect(retrievability(newSrsCard(NOW), NOW)).toBe(0);
  });

  it("is 1 right after a review and falls with time", () => {
    const { card } = run([3, 3]);
    const last = card.lastReview ?? NOW;
    const r0 = retrievability(card, last);
    const r10 = retrievability(card, new Date(last.getTime() + 10 * DAY));
    const r100 = retrievability(card, new Date(last.getTime() + 100 * DAY));
    expect(r0).toBe(1);
    expect(r10).toBeLessThan(r0);
    expect(r100).toBeLessThan(r10);
    expect(r100).toBeGreaterThanOrEqual(0);
  });

  it("is about the desired retention when the card falls due", () => {
    const { card } = run([3, 3, 3]);
    expect(retrievability(card, card.due)).toBeCloseTo(0.9, 1);
  });
});

describe("retrievability with the learner's fitted weights", () => {
  // A review card of stability 10 days, last reviewed 20 days ago.
  const card: SrsCard = {
    due: new Date("2026-11-11T09:00:00Z"),
    stability: 10,
    difficulty: 5,
    scheduledDays: 10,
    learningSteps: 0,
    reps: 3,
    lapses: 0,
    state: "review",
    lastReview: new Date("2026-11-01T09:00:00Z"),
  };
  const at = new Date("2026-11-21T09:00:00Z");
  // FSRS-6 defaults with a fitted decay (w20) of 0.45 instead of 0.1542.
  const fitted = [
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658,
    0.45,
  ];

  it("follows FSRS-6's curve R = (1 + f·t/S)^−w20 with f = 0.9^(−1/w20) − 1", () => {
    const curve = (w20: number) => (1 + (Math.pow(0.9, -1 / w20) - 1) * (20 / 10)) ** -w20;
    expect(retrievability(card, at)).toBeCloseTo(curve(0.1542), 4);
    expect(retrievability(card, at, fitted)).toBeCloseTo(curve(0.45), 4);
  });

  it("pins the figures: 0.846 with the defaults, 0.826 with the fitted weights", () => {
    expect(retrievability(card, at)).toBeCloseTo(0.8459, 3);
    expect(retrievability(card, at, null)).toBeCloseTo(0.8459, 3);
    expect(retrievability(card, at, fitted)).toBeCloseTo(0.8264, 3);
  });
});

describe("a clock that stepped back", () => {
  const reviewedAhead = (days: number, state: SrsCard["state"] = "review"): SrsCard => ({
    due: new Date(NOW.getTime() + (days + 3) * DAY),
    stability: 3,
    difficulty: 5,
    scheduledDays: 3,
    learningSteps: 0,
    reps: 3,
    lapses: 0,
    state,
    lastReview: new Date(NOW.getTime() + days * DAY),
  });

  it("reschedules a card reviewed 'in the future' from now instead of throwing", () => {
    for (const state of ["learning", "review", "relearning"] as const) {
      for (const rating of [1, 2, 3, 4] as const) {
        const { card } = scheduleReview({ card: reviewedAhead(30, state), rating, now: NOW, retention: 0.9 });
        expect(card.lastReview?.getTime()).toBe(NOW.getTime());
        expect(card.due.getTime()).toBeGreaterThan(NOW.getTime());
        expect(card.reps).toBe(4);
      }
    }
    const p = previewIntervals({ card: reviewedAhead(2), now: NOW, retention: 0.9 });
    expect(p[3].due.getTime()).toBeGreaterThan(NOW.getTime());
    expect(retrievability(reviewedAhead(2), NOW)).toBe(1);
  });

  it("brings a memory state out of FSRS' range back into it (stability 0)", () => {
    const broken = { ...reviewedAhead(-5), stability: 0, difficulty: 42 };
    const { card } = scheduleReview({ card: broken, rating: 3, now: NOW, retention: 0.9 });
    expect(card.stability).toBeGreaterThan(0);
    expect(card.difficulty).toBeLessThanOrEqual(10);
    expect(Number.isFinite(retrievability(broken, NOW))).toBe(true);
  });
});

describe("retrievability is ts-fsrs's get_retrievability on the sane card", () => {
  // The plain definition: clamp as saneCard does (a future last review counts as now, stability at
  // least 0.001, difficulty within 1–10), then ts-fsrs's own get_retrievability.
  const plain = (card: SrsCard, now: Date, w?: number[]) => {
    const sane: SrsCard = {
      ...card,
      lastReview: card.lastReview && card.lastReview.getTime() <= now.getTime() ? card.lastReview : new Date(now.getTime()),
      stability: Number.isFinite(card.stability) && card.stability >= 0.001 ? card.stability : 0.001,
      difficulty: Number.isFinite(card.difficulty) ? Math.min(10, Math.max(1, card.difficulty)) : 5,
    };
    const r = (w ? fsrs({ enable_fuzz: false, w }) : fsrs({ enable_fuzz: false })).get_retrievability(toFsrsCard(sane), now, false);
    return Number.isFinite(r) ? Math.min(1, Math.max(0, r)) : 0;
  };
  const fitted = [
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658,
    0.45,
  ];

  it("agrees on random studied cards (stability from 0 to 10 years, last reviews past and future, fitted weights or not)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("learning", "review", "relearning") as fc.Arbitrary<SrsCard["state"]>,
        fc.oneof(fc.double({ min: 0, max: 3650, noNaN: true }), fc.constant(0.0004), fc.constant(Number.NaN)),
        fc.integer({ min: -5 * DAY, max: 4000 * DAY }),
        fc.boolean(),
        (state, stability, ago, useFitted) => {
          const card: SrsCard = { ...newSrsCard(NOW), state, stability, difficulty: 5, reps: 1, lastReview: new Date(NOW.getTime() - ago) };
          const w = useFitted ? fitted : undefined;
          expect(retrievability(card, NOW, w)).toBe(plain(card, NOW, w));
        },
      ),
      { seed: 11, numRuns: 500 },
    );
  });
});
