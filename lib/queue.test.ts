import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildQueue, type DueItem, type FreshItem } from "./queue";

const at = (iso: string): Date => new Date(iso);
const due = (id: string, articleId: string, iso: string) => ({ id, articleId, due: at(iso) });
const fresh = (id: string, articleId: string, position: number) => ({ id, articleId, position });
const ids = (xs: Array<{ id: string }>): string[] => xs.map((x) => x.id);

describe("buildQueue", () => {
  const dueCards = [due("d2", "a", "2026-01-02T00:00:00Z"), due("d1", "b", "2026-01-01T00:00:00Z"), due("d3", "a", "2026-01-03T00:00:00Z")];
  const freshCards = [fresh("a2", "a", 2), fresh("a1", "a", 1), fresh("a3", "a", 3), fresh("b1", "b", 1), fresh("c1", "c", 1), fresh("c2", "c", 2)];

  it("puts due cards first, oldest due first, then new cards round-robin by article", () => {
    const q = buildQueue({ due: dueCards, fresh: freshCards, newLimit: 20, limit: 50 });
    expect(ids(q)).toEqual(["d1", "d2", "d3", "a1", "b1", "c1", "a2", "c2", "a3"]);
  });

  it("stops new cards at newLimit", () => {
    const q = buildQueue({ due: dueCards, fresh: freshCards, newLimit: 2, limit: 50 });
    expect(ids(q)).toEqual(["d1", "d2", "d3", "a1", "b1"]);
  });

  it("stops everything at limit, due cards taking the room first", () => {
    expect(ids(buildQueue({ due: dueCards, fresh: freshCards, newLimit: 20, limit: 4 }))).toEqual(["d1", "d2", "d3", "a1"]);
    expect(ids(buildQueue({ due: dueCards, fresh: freshCards, newLimit: 20, limit: 2 }))).toEqual(["d1", "d2"]);
  });

  it("gives no new cards when today's allowance is spent", () => {
    expect(ids(buildQueue({ due: [], fresh: freshCards, newLimit: 0, limit: 10 }))).toEqual([]);
  });

  it("keeps input order for equal due dates and returns the same objects", () => {
    const x = due("x", "a", "2026-01-01T00:00:00Z");
    const y = due("y", "b", "2026-01-01T00:00:00Z");
    const q = buildQueue({ due: [x, y], fresh: [], newLimit: 0, limit: 10 });
    expect(q[0]).toBe(x);
    expect(q[1]).toBe(y);
  });

  it("does not reorder its inputs", () => {
    const input = [...dueCards];
    buildQueue({ due: input, fresh: freshCards, newLimit: 5, limit: 10 });
    expect(input).toEqual(dueCards);
  });

  it.each([-1, 1.5, Number.NaN])("rejects a limit of %s", (limit) => {
    expect(() => buildQueue({ due: [], fresh: [], newLimit: 1, limit })).toThrow(RangeError);
    expect(() => buildQueue({ due: [], fresh: [], newLimit: limit, limit: 1 })).toThrow(RangeError);
  });

  it("never exceeds its limits and never repeats an item (property)", () => {
    const dueArb = fc.array(
      fc.record({ articleId: fc.constantFrom("a", "b", "c"), due: fc.date({ min: at("2026-01-01"), max: at("2026-12-31"), noInvalidDate: true }) }),
      { maxLength: 20 },
    );
    const freshArb = fc.array(fc.record({ articleId: fc.constantFrom("a", "b", "c", "d"), position: fc.nat(50) }), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(dueArb, freshArb, fc.nat(40), fc.nat(60), (d: DueItem[], f: FreshItem[], newLimit, limit) => {
        const q = buildQueue({ due: d, fresh: f, newLimit, limit });
        expect(q.length).toBeLessThanOrEqual(limit);
        expect(new Set(q).size).toBe(q.length);
        const dueOut = q.filter((x): x is DueItem => "due" in x);
        const newOut = q.filter((x): x is FreshItem => "position" in x);
        expect(newOut.length).toBeLessThanOrEqual(newLimit);
        expect(q.slice(0, dueOut.length)).toEqual(dueOut); // due block first
        for (let i = 1; i < dueOut.length; i++) {
          expect(dueOut[i - 1]!.due.getTime()).toBeLessThanOrEqual(dueOut[i]!.due.getTime());
        }
        expect(dueOut.length).toBe(Math.min(d.length, limit));
        expect(newOut.length).toBe(Math.min(f.length, newLimit, limit - dueOut.length));
      }),
      { seed: 1234, numRuns: 300 },
    );
  });
});
