import { describe, expect, it } from "vitest";
import { dayNumberDate, isValidTimeZone, localDate, localDayNumber, startOfLocalDay, startOfNextLocalDay } from "./day";

describe("startOfLocalDay", () => {
  it.each([
    ["2026-03-01T20:00:00Z", "UTC", "2026-03-01T00:00:00.000Z"],
    ["2026-03-01T20:00:00Z", "Asia/Kolkata", "2026-03-01T18:30:00.000Z"], // already 2 March there
    ["2026-03-01T10:00:00Z", "Asia/Kolkata", "2026-02-28T18:30:00.000Z"],
    ["2026-03-01T03:00:00Z", "America/New_York", "2026-02-28T05:00:00.000Z"],
    ["2026-03-08T12:00:00Z", "America/New_York", "2026-03-08T05:00:00.000Z"], // DST starts 2 a.m. that day
    ["2026-11-01T12:00:00Z", "America/New_York", "2026-11-01T04:00:00.000Z"], // DST ends that day
    ["2026-06-15T00:00:00Z", "Pacific/Kiritimati", "2026-06-14T10:00:00.000Z"],
  ])("%s in %s starts at %s", (now, tz, start) => {
    expect(startOfLocalDay(new Date(now), tz).toISOString()).toBe(start);
  });

  it("is idempotent", () => {
    const s = startOfLocalDay(new Date("2026-03-01T20:00:00Z"), "Asia/Kolkata");
    expect(startOfLocalDay(s, "Asia/Kolkata")).toEqual(s);
  });

  it("throws for an unknown zone", () => {
    expect(() => startOfLocalDay(new Date("2026-03-01T00:00:00Z"), "Mars/Olympus")).toThrow(RangeError);
  });
});

describe("isValidTimeZone", () => {
  it("knows IANA zones", () => {
    expect(isValidTimeZone("Asia/Kolkata")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
  });
});

describe("localDate", () => {
  it("gives the learner's calendar date, which may already be tomorrow", () => {
    const at = new Date("2026-11-22T20:00:00Z");
    expect(localDate(at, "UTC")).toBe("2026-11-22");
    expect(localDate(at, "Asia/Kolkata")).toBe("2026-11-23");
    expect(localDate(new Date("2026-11-22T03:00:00Z"), "America/New_York")).toBe("2026-11-21");
  });
});

describe("localDayNumber", () => {
  it("numbers the local calendar day from 1970-01-01, as localDate names it", () => {
    const at = Date.parse("2026-11-22T20:00:00Z");
    expect(localDayNumber(at, "UTC")).toBe(Math.floor(at / 86_400_000));
    expect(localDayNumber(at, "Asia/Kolkata")).toBe(Math.floor(at / 86_400_000) + 1);
    expect(dayNumberDate(localDayNumber(at, "Asia/Kolkata"))).toBe("2026-11-23");
    expect(dayNumberDate(0)).toBe("1970-01-01");
  });
});

describe("cached offsets", () => {
  // localDate/startOfLocalDay reuse a zone's offset per quarter hour: they must agree with Intl at
  // every instant, across DST changes, half-hour DST (Lord Howe) and 45-minute zones (Kathmandu).
  it.each(["America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Lord_Howe", "Asia/Kathmandu", "America/St_Johns"])(
    "agree with Intl in %s",
    (timeZone) => {
      const intl = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
      const start = Date.parse("2026-01-01T00:00:00Z");
      for (let t = start; t < start + 366 * 86_400_000; t += 37 * 60_000 + 13_000) {
        expect(localDate(new Date(t), timeZone)).toBe(intl.format(new Date(t)));
      }
    },
  );
});

describe("startOfNextLocalDay", () => {
  it("is the next local midnight in the learner's zone", () => {
    expect(startOfNextLocalDay(new Date("2026-03-01T20:00:00Z"), "Asia/Kolkata").toISOString()).toBe("2026-03-02T18:30:00.000Z");
    expect(startOfNextLocalDay(new Date("2026-03-01T10:00:00Z"), "Asia/Kolkata").toISOString()).toBe("2026-03-01T18:30:00.000Z");
    expect(startOfNextLocalDay(new Date("2026-11-22T23:59:59Z"), "UTC").toISOString()).toBe("2026-11-23T00:00:00.000Z");
  });

  it("spans a DST change (a 23-hour day in New York)", () => {
    expect(startOfNextLocalDay(new Date("2026-03-08T12:00:00Z"), "America/New_York").toISOString()).toBe("2026-03-09T04:00:00.000Z");
  });
});
