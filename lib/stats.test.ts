import { describe, expect, it } from "vitest";
import { addDays, dayStreak, dueForecast, examReadiness, histogram, reviewHeatmap, trueRetention, type ReviewFact } from "./stats";

const NOW = new Date("2026-11-22T12:00:00Z"); // a Sunday
const TZ = "UTC";

describe("addDays", () => {
  it("crosses months and years", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });
});

describe("dayStreak", () => {
  it("counts consecutive days ending today", () => {
    expect(dayStreak({ days: new Set(["2026-11-20", "2026-11-21", "2026-11-22"]), today: "2026-11-22" })).toBe(3);
  });
  it("keeps yesterday's streak alive before today's first review", () => {
    expect(dayStreak({ days: new Set(["2026-11-20", "2026-11-21"]), today: "2026-11-22" })).toBe(2);
  });
  it("is broken by a missed day", () => {
    expect(dayStreak({ days: new Set(["2026-11-19", "2026-11-20"]), today: "2026-11-22" })).toBe(0);
    expect(dayStreak({ days: new Set(), today: "2026-11-22" })).toBe(0);
  });
});

describe("trueRetention", () => {
  const at = (iso: string, rating: number, beforeState: ReviewFact["beforeState"]): ReviewFact => ({ reviewedAt: new Date(iso), rating, beforeState });
  const history = [
    at("2026-11-22T08:00:00Z", 3, "review"),
    at("2026-11-21T08:00:00Z", 1, "review"),
    at("2026-11-20T08:00:00Z", 4, "review"),
    at("2026-11-16T08:00:00Z", 2, "review"), // Monday of this week
    at("2026-11-15T08:00:00Z", 1, "review"), // Sunday: last week
    at("2026-11-22T09:00:00Z", 1, "learning"), // learning steps do not count
    at("2026-11-22T09:05:00Z", 3, null),
    at("2026-10-10T08:00:00Z", 3, "review"),
  ];
  const r = trueRetention(history, { now: NOW, timeZone: TZ, weeks: 2, months: 2 });

  it("is the pass rate of review cards over the last 30 days", () => {
    expect(r.recentReviews).toBe(5);
    expect(r.recent).toBeCloseTo(3 / 5);
  });
  it("groups by week (from Monday) and month", () => {
    expect(r.byWeek).toEqual([
      { start: "2026-11-09", passed: 0, total: 1, rate: 0 },
      { start: "2026-11-16", passed: 3, total: 4, rate: 0.75 },
    ]);
    expect(r.byMonth).toEqual([
      { start: "2026-10-01", passed: 1, total: 1, rate: 1 },
      { start: "2026-11-01", passed: 3, total: 5, rate: 0.6 },
    ]);
  });
  it("is null without review cards", () => {
    expect(trueRetention([], { now: NOW, timeZone: TZ }).recent).toBeNull();
  });
  it("counts an aggregated row as its count of reviews", () => {
    const one = history.flatMap((h) => [h, h, h]);
    const three = history.map((h) => ({ ...h, count: 3 }));
    expect(trueRetention(three, { now: NOW, timeZone: TZ, weeks: 2, months: 2 })).toEqual(trueRetention(one, { now: NOW, timeZone: TZ, weeks: 2, months: 2 }));
    expect(trueRetention([{ ...history[0]!, count: 0 }], { now: NOW, timeZone: TZ }).recent).toBeNull();
  });
});

describe("dueForecast", () => {
  it("puts overdue cards on today and skips new cards", () => {
    const f = dueForecast(
      [
        { due: new Date("2026-11-01T00:00:00Z"), state: "review" },
        { due: new Date("2026-11-22T18:00:00Z"), state: "learning" },
        { due: new Date("2026-11-24T10:00:00Z"), state: "review" },
        { due: new Date("2027-03-01T10:00:00Z"), state: "review" },
        { due: new Date("2026-11-22T10:00:00Z"), state: "new" },
      ],
      { now: NOW, timeZone: TZ, days: 3 },
    );
    expect(f).toEqual([
      { date: "2026-11-22", due: 2 },
      { date: "2026-11-23", due: 0 },
      { date: "2026-11-24", due: 1 },
    ]);
  });
  it("counts a row standing for several cards that many times", () => {
    const f = dueForecast(
      [
        { due: new Date("2026-11-01T00:00:00Z"), state: "review", count: 3 },
        { due: new Date("2026-11-23T10:00:00Z"), state: "review", count: 2 },
        { due: new Date("2026-11-23T11:00:00Z"), state: "learning" },
      ],
      { now: NOW, timeZone: TZ, days: 2 },
    );
    expect(f).toEqual([
      { date: "2026-11-22", due: 3 },
      { date: "2026-11-23", due: 3 },
    ]);
  });
  it("uses the learner's day, not UTC's", () => {
    const f = dueForecast([{ due: new Date("2026-11-22T20:00:00Z"), state: "review" }], { now: NOW, timeZone: "Asia/Kolkata", days: 2 });
    expect(f).toEqual([
      { date: "2026-11-22", due: 0 },
      { date: "2026-11-23", due: 1 },
    ]);
  });
});

describe("reviewHeatmap", () => {
  it("counts reviews per day, zeros included, oldest first", () => {
    const h = reviewHeatmap(
      [
        { reviewedAt: new Date("2026-11-22T01:00:00Z") },
        { reviewedAt: new Date("2026-11-22T02:00:00Z") },
        { reviewedAt: new Date("2026-11-20T02:00:00Z") },
        { reviewedAt: new Date("2025-01-01T02:00:00Z") },
      ],
      {
        now: NOW,
        timeZone: TZ,
        days: 3,
      },
    );
    expect(h).toEqual([
      { date: "2026-11-20", reviews: 1 },
      { date: "2026-11-21", reviews: 0 },
      { date: "2026-11-22", reviews: 2 },
    ]);
  });
  it("counts an aggregated row as its count of reviews", () => {
    const h = reviewHeatmap([{ reviewedAt: new Date("2026-11-22T01:00:00Z"), count: 5 }, { reviewedAt: new Date("2026-11-22T02:00:00Z") }], {
      now: NOW,
      timeZone: TZ,
      days: 1,
    });
    expect(h).toEqual([{ date: "2026-11-22", reviews: 6 }]);
  });
});

describe("histogram", () => {
  it("puts values in half-open buckets, the last open-ended", () => {
    const h = histogram([0.5, 1, 2.9, 3, 100], [0, 1, 3], (lo, hi) => (hi === undefined ? `${lo}+` : `${lo}–${hi}`));
    expect(h).toEqual([
      { bucket: "0–1", count: 1 },
      { bucket: "1–3", count: 2 },
      { bucket: "3+", count: 2 },
    ]);
  });
});

describe("examReadiness", () => {
  it("is on track when every card comes due before the exam and none is unseen", () => {
    expect(examReadiness({ examDate: "2026-12-01", today: "2026-11-22", lastDue: "2026-11-30", unseen: 0 })).toEqual({
      examDate: "2026-12-01",
      daysLeft: 9,
      onTrack: true,
    });
    expect(examReadiness({ examDate: "2026-12-01", today: "2026-11-22", lastDue: "2026-11-30", unseen: 4 })?.onTrack).toBe(false);
    expect(examReadiness({ examDate: "2026-12-01", today: "2026-11-22", lastDue: "2026-12-01", unseen: 0 })?.onTrack).toBe(false);
    expect(examReadiness({ examDate: null, today: "2026-11-22", lastDue: null, unseen: 0 })).toBeNull();
  });
});
