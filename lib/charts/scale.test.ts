import { describe, expect, it } from "vitest";
import { dayScale, linearScale, niceStep } from "./scale";

describe("[charts] scales", () => {
  it("picks round steps", () => {
    expect(niceStep(7, 4)).toBe(2);
    expect(niceStep(23, 4)).toBe(10);
    expect(niceStep(0, 4)).toBe(1);
    expect(niceStep(3, 4)).toBe(1);
  });

  it("maps zero to the start and the rounded maximum to the end, with the ticks between", () => {
    const y = linearScale(7, 200, 0);
    expect(y.ticks).toEqual([0, 2, 4, 6, 8]);
    expect(y(0)).toBe(200);
    expect(y(8)).toBe(0);
    expect(y(4)).toBe(100);
    expect(linearScale(0, 0, 100).ticks).toEqual([0, 1]);
  });

  it("places days in proportion", () => {
    const x = dayScale("2013-09-01", "2013-09-11", 0, 100);
    expect(x("2013-09-06")).toBe(50);
    expect(x("2013-09-11")).toBe(100);
  });
});
