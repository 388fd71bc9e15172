import { describe, expect, it } from "vitest";
import { withoutChangeArithmetic } from "./arithmetic";

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
