import { describe, expect, it } from "vitest";
import { seedPlan } from "./seed-plan";

describe("[seed] plan", () => {
  it("seeds the demo on a configured database only when --demo is given", () => {
    expect(seedPlan([], false)).toEqual({ onlyIfEmpty: false, demo: false });
    expect(seedPlan(["--if-empty"], false)).toEqual({ onlyIfEmpty: true, demo: false });
    expect(seedPlan(["--demo"], false)).toEqual({ onlyIfEmpty: false, demo: true });
  });

  it("always seeds the demo on the embedded database", () => {
    expect(seedPlan([], true).demo).toBe(true);
    expect(seedPlan(["--if-empty"], true)).toEqual({ onlyIfEmpty: true, demo: true });
  });
});
