import { describe, expect, it } from "vitest";
import { summarizeStances } from "./stance-summary";

describe("[positions] stance summary", () => {
  it("counts each stance and the delegations still to record one", () => {
    const s = summarizeStances(["SUPPORT", "SUPPORT", "OPPOSE", "UNDECIDED"], 12);
    expect(s.counts).toEqual({ SUPPORT: 2, SUPPORT_WITH_AMENDMENTS: 0, OPPOSE: 1, UNDECIDED: 1 });
    expect(s).toMatchObject({ recorded: 4, missing: 8, total: 12 });
    expect(s.shares.SUPPORT).toBeCloseTo(16.7);
  });

  it("handles a group with no delegations, and more stances than active delegations", () => {
    expect(summarizeStances([], 0)).toMatchObject({ recorded: 0, missing: 0, total: 0, shares: { SUPPORT: 0 } });
    expect(summarizeStances(["SUPPORT", "SUPPORT"], 1)).toMatchObject({ recorded: 2, missing: 0, total: 2, shares: { SUPPORT: 100 } });
  });
});
