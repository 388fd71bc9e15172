import { describe, expect, it } from "vitest";
import { formatInterval } from "./format-interval";

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe("formatInterval", () => {
  it.each([
    [0, "0s"],
    [-5 * S, "0s"],
    [30 * S, "30s"],
    [1 * M, "1m"],
    [6 * M, "6m"],
    [10 * M, "10m"],
    [59 * M + 40 * S, "1h"],
    [3 * H, "3h"],
    [23 * H + 50 * M, "1d"],
    [1 * D, "1d"],
    [8 * D, "8d"],
    [29 * D, "29d"],
    [31 * D, "1mo"],
    [97 * D, "3.2mo"],
    [364 * D, "12mo".replace("12mo", "1y")],
    [365 * D, "1y"],
    [400 * D, "1.1y"],
    [3650 * D, "10y"],
  ])("%d ms → %s", (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });

  it("treats non-finite input as zero", () => {
    expect(formatInterval(Number.NaN)).toBe("0s");
  });
});
