import { describe, expect, it } from "vitest";
import { findEvents } from "./event-phrases";

// Sentences written for these tests.
const events = (s: string): string[] => findEvents(s).map((c) => c.text);

describe("event phrases", () => {
  it("an occasion after a trigger word, with what says which event", () => {
    expect(events("The agency last released stocks in response to Iraq's invasion of Kuwait.")).toEqual(["Iraq's invasion of Kuwait"]);
    expect(events("The ministry banned the apps in 2019 following a deadly border clash, officials said.")).toEqual(["a deadly border clash"]);
    expect(events("The crew photographed the far side, even witnessing a total solar eclipse.")).toEqual(["a total solar eclipse"]);
    expect(events("Demand fell after the 2008 financial crisis.")).toEqual(["the 2008 financial crisis"]);
  });

  it("the kind of pact two parties made", () => {
    expect(events("The two countries have now agreed to an interim trade deal that cut tariffs.")).toEqual(["interim trade deal"]);
    expect(events("They signed a new agreement.")).toEqual([]);
  });

  it("no bare or empty event ('the war', 'the recent crisis'), none without a trigger", () => {
    expect(events("Prices rose after the war.")).toEqual([]);
    expect(events("Prices rose amid the recent crisis.")).toEqual([]);
    expect(events("A deadly border clash killed 20 soldiers.")).toEqual([]);
  });
});
