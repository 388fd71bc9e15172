import { describe, expect, it } from "vitest";
import { withoutChangeArithmetic, withoutWorkingOut, workedOut } from "./arithmetic";
import type { Candidate } from "../answers/types";

const S = "The bank decided to cut the repo rate by 25 bps to 6.25 per cent from 6.50 per cent.";

describe("a change's third figure is left out", () => {
  it("drops the old level when the change or the new level is asked", () => {
    expect(withoutChangeArithmetic(S.replace("6.25 per cent", "____"), "____")).toBe("The bank decided to cut the repo rate by 25 bps to ____.");
    expect(withoutChangeArithmetic(S.replace("25 bps", "____"), "____")).toBe("The bank decided to cut the repo rate by ____ to 6.25 per cent.");
  });
  it("drops the change when the old level is asked", () => {
    expect(withoutChangeArithmetic(S.replace("6.50 per cent", "____"), "____")).toBe("The bank decided to cut the repo rate to 6.25 per cent from ____.");
  });
  it("keeps a false statement consistent with itself", () => {
    expect(withoutChangeArithmetic(S.replace("6.25 per cent", "6.00 per cent"), "6.00 per cent")).toBe(
      "The bank decided to cut the repo rate by 25 bps to 6.00 per cent.",
    );
    expect(withoutChangeArithmetic("It cut the rate by a quarter point to 4% from ____.", "____")).toBe("It cut the rate to 4% from ____.");
  });
  it("leaves a change told with two figures", () => {
    expect(withoutChangeArithmetic("It cut the rate to ____ from 6.50 per cent.", "____")).toBe("It cut the rate to ____ from 6.50 per cent.");
    expect(withoutChangeArithmetic("Brent fell by ____ to $60 a barrel.", "____")).toBe("Brent fell by ____ to $60 a barrel.");
  });
});

describe("an answer one step of arithmetic works out (sentences written for this test)", () => {
  const fig = (s: string, text: string, kind: Candidate["kind"]): Candidate => {
    const start = s.indexOf(text);
    return { kind, text, start, end: start + text.length, outerStart: start, value: Number(text.replace(/[^\d.]/g, "")) };
  };
  const s = "Tidal capacity rose from 4.00 GW in 2024 to 4.30 GW in 2025, a 7.50 per cent rise.";
  const all = [fig(s, "4.00 GW", "quantity"), fig(s, "4.30 GW", "quantity"), fig(s, "7.50 per cent", "percent")];

  it("a change in per cent beside both its ends is worked out; without its start it is not", () => {
    const prompt = "Tidal capacity rose from 4.00 GW in 2024 to 4.30 GW in 2025, a ____ rise.";
    expect(workedOut(prompt, all[2]!, all)).toBe(true);
    const kept = withoutWorkingOut(prompt, all[2]!, all);
    expect(kept).toBe("Tidal capacity rose to 4.30 GW in 2025, a ____ rise.");
    expect(workedOut(kept!, all[2]!, all)).toBe(false);
  });
  it("a figure with nothing to work it out from is asked", () => {
    expect(workedOut("Tidal capacity rose to ____ in 2025.", all[1]!, all)).toBe(false);
  });
});
