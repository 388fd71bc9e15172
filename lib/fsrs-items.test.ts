import { describe, expect, it } from "vitest";
import { cardReviewsToItems, localDayNumber, reviewLogToItems, type LoggedReview } from "./fsrs-items";

const at = (iso: string) => Date.parse(iso);

function review(cardId: string, rating: number, iso: string, stateBefore: LoggedReview["stateBefore"]): LoggedReview {
  return { cardId, rating, reviewedAt: at(iso), stateBefore };
}

describe("localDayNumber", () => {
  it("counts days since 1970-01-01 in the learner's zone", () => {
    expect(localDayNumber(at("1970-01-01T00:00:00Z"), "UTC")).toBe(0);
    expect(localDayNumber(at("2026-03-01T23:59:59Z"), "UTC")).toBe(Date.UTC(2026, 2, 1) / 86_400_000);
    // 00:30 on 2 March in India is still 1 March in UTC.
    expect(localDayNumber(at("2026-03-01T19:00:00Z"), "Asia/Kolkata")).toBe(Date.UTC(2026, 2, 2) / 86_400_000);
    expect(localDayNumber(at("2026-03-01T03:00:00Z"), "America/New_York")).toBe(Date.UTC(2026, 1, 28) / 86_400_000);
  });

  it("refuses an unknown zone", () => {
    expect(() => localDayNumber(0, "Mars/Olympus_Mons")).toThrow(RangeError);
  });
});

describe("cardReviewsToItems", () => {
  const card = [
    review("q1", 3, "2026-03-01T09:00:00Z", null),
    review("q1", 3, "2026-03-01T09:10:00Z", "learning"),
    review("q1", 3, "2026-03-04T08:00:00Z", "review"),
    review("q1", 1, "2026-03-12T20:00:00Z", "review"),
    review("q1", 3, "2026-03-12T20:10:00Z", "relearning"),
    review("q1", 4, "2026-03-14T07:00:00Z", "review"),
  ];

  it("makes one item per review that came a day or more after the one before, with the whole history up to it", () => {
    const items = cardReviewsToItems(card, { timeZone: "UTC" });
    expect(items).toEqual([
      {
        reviews: [
          { rating: 3, deltaT: 0 },
          { rating: 3, deltaT: 0 },
          { rating: 3, deltaT: 3 },
        ],
      },
      {
        reviews: [
          { rating: 3, deltaT: 0 },
          { rating: 3, deltaT: 0 },
          { rating: 3, deltaT: 3 },
          { rating: 1, deltaT: 8 },
        ],
      },
      {
        reviews: [
          { rating: 3, deltaT: 0 },
          { rating: 3, deltaT: 0 },
          { rating: 3, deltaT: 3 },
          { rating: 1, deltaT: 8 },
          { rating: 3, deltaT: 0 },
          { rating: 4, deltaT: 2 },
        ],
      },
    ]);
  });

  it("counts days at the learner's midnight, not UTC's", () => {
    const late = [review("q1", 3, "2026-03-01T17:00:00Z", null), review("q1", 3, "2026-03-01T19:00:00Z", "learning")];
    // 22:30 and 00:30 in India: two days there, one day in UTC.
    expect(cardReviewsToItems(late, { timeZone: "Asia/Kolkata" })).toEqual([
      {
        reviews: [
          { rating: 3, deltaT: 0 },
          { rating: 3, deltaT: 1 },
        ],
      },
    ]);
    expect(cardReviewsToItems(late, { timeZone: "UTC" })).toEqual([]);
  });

  it("sorts by time whatever order the log comes in", () => {
    expect(cardReviewsToItems([...card].reverse(), { timeZone: "UTC" })).toEqual(cardReviewsToItems(card, { timeZone: "UTC" }));
  });

  it("leaves out reviews that came the same day as the one before (learning and relearning steps)", () => {
    const items = cardReviewsToItems(card, { timeZone: "UTC" });
    expect(items.every((i) => (i.reviews.at(-1)?.deltaT ?? 0) > 0)).toBe(true);
    // …but keeps them inside later histories, where they shape the memory state.
    expect(items.at(-1)?.reviews.map((r) => r.deltaT)).toEqual([0, 0, 3, 8, 0, 2]);
  });

  it("gives nothing for a card reviewed once, or only on one day", () => {
    expect(cardReviewsToItems(card.slice(0, 1), { timeZone: "UTC" })).toEqual([]);
    expect(cardReviewsToItems(card.slice(0, 2), { timeZone: "UTC" })).toEqual([]);
    expect(cardReviewsToItems([], { timeZone: "UTC" })).toEqual([]);
  });

  it("starts afresh after a card was reset to new", () => {
    const reset = [...card.slice(0, 3), review("q1", 3, "2026-03-10T09:00:00Z", "new"), review("q1", 3, "2026-03-11T09:00:00Z", "learning")];
    expect(cardReviewsToItems(reset, { timeZone: "UTC" })).toEqual([
      {
        reviews: [
          { rating: 3, deltaT: 0 },
          { rating: 3, deltaT: 1 },
        ],
      },
    ]);
  });

  it("ignores entries that are not answers (rating outside 1–4)", () => {
    const withManual = [...card.slice(0, 3), review("q1", 0, "2026-03-05T09:00:00Z", "review")];
    expect(cardReviewsToItems(withManual, { timeZone: "UTC" })).toEqual(cardReviewsToItems(card.slice(0, 3), { timeZone: "UTC" }));
  });

  it("never shares review objects between items", () => {
    const [first, second] = cardReviewsToItems(card, { timeZone: "UTC" });
    expect(first?.reviews[0]).not.toBe(second?.reviews[0]);
  });
});

describe("reviewLogToItems", () => {
  it("groups an interleaved log by card", () => {
    const log = [
      review("a", 3, "2026-03-01T09:00:00Z", null),
      review("b", 1, "2026-03-01T09:01:00Z", null),
      review("a", 3, "2026-03-02T09:00:00Z", "learning"),
      review("b", 3, "2026-03-01T09:02:00Z", "learning"),
      review("b", 2, "2026-03-05T09:00:00Z", "review"),
    ];
    const items = reviewLogToItems(log, { timeZone: "UTC" });
    expect(items).toHaveLength(2);
    expect(items).toContainEqual({
      reviews: [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 1 },
      ],
    });
    expect(items).toContainEqual({
      reviews: [
        { rating: 1, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 2, deltaT: 4 },
      ],
    });
  });

  it("agrees with per-card conversion across a daylight-saving change", () => {
    // New York moved its clocks on 8 March 2026: the quarter-hour memo must not blur the day.
    const log = [
      review("c", 3, "2026-03-07T04:50:00Z", null), // 23:50 on the 6th, EST
      review("c", 3, "2026-03-07T05:05:00Z", "learning"), // 00:05 on the 7th
      review("c", 3, "2026-03-09T03:59:00Z", "review"), // 23:59 on the 8th, EDT
      review("c", 3, "2026-03-09T04:00:00Z", "review"), // 00:00 on the 9th
    ];
    const items = reviewLogToItems(log, { timeZone: "America/New_York" });
    expect(items.map((i) => i.reviews.map((r) => r.deltaT))).toEqual([
      [0, 1],
      [0, 1, 1],
      [0, 1, 1, 1],
    ]);
    expect(items).toEqual(cardReviewsToItems(log, { timeZone: "America/New_York" }));
  });
});
