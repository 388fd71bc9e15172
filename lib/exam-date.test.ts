import { describe, expect, it } from "vitest";
import { pastExamDateError } from "./exam-date";

const NOW = new Date("2026-11-22T20:00:00Z"); // 2026-11-23 01:30 in Kolkata

describe("pastExamDateError", () => {
  it("refuses a day before the learner's today, in their time zone", () => {
    expect(pastExamDateError({ examDate: "2026-11-21", saved: null, now: NOW, timeZone: "UTC" })).toBe(
      "examDate: 2026-11-21 is in the past (today is 2026-11-22). Choose today or a later day, or clear it.",
    );
    // Already the 23rd in Kolkata: the 22nd has gone there, not in UTC.
    expect(pastExamDateError({ examDate: "2026-11-22", saved: null, now: NOW, timeZone: "Asia/Kolkata" })).toMatch(/in the past \(today is 2026-11-23\)/);
    expect(pastExamDateError({ examDate: "2026-11-22", saved: null, now: NOW, timeZone: "UTC" })).toBeNull();
  });

  it("allows today, a later day, clearing, and keeping a saved date that has passed", () => {
    expect(pastExamDateError({ examDate: "2026-11-23", saved: null, now: NOW, timeZone: "Asia/Kolkata" })).toBeNull();
    expect(pastExamDateError({ examDate: "2027-05-24", saved: null, now: NOW, timeZone: "UTC" })).toBeNull();
    expect(pastExamDateError({ examDate: null, saved: "2026-01-01", now: NOW, timeZone: "UTC" })).toBeNull();
    expect(pastExamDateError({ examDate: "2026-01-01", saved: "2026-01-01", now: NOW, timeZone: "UTC" })).toBeNull();
    expect(pastExamDateError({ examDate: "2026-01-02", saved: "2026-01-01", now: NOW, timeZone: "UTC" })).not.toBeNull();
  });
});
