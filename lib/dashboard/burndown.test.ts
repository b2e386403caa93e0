import { describe, expect, it } from "vitest";
import { burndownSeries } from "./burndown";

describe("[dashboard] burn-down", () => {
  it("counts open and done actions at the end of each week up to today", () => {
    const series = burndownSeries(
      [
        { createdOn: "2013-09-02", closedOn: null, done: false },
        { createdOn: "2013-09-02", closedOn: "2013-09-05", done: true },
        { createdOn: "2013-09-06", closedOn: "2013-09-12", done: false },
        { createdOn: "2013-09-10", closedOn: "2013-09-16", done: true },
      ],
      "2013-09-16",
      "2013-10-03",
    );
    expect(series?.points).toEqual([
      { day: "2013-09-02", open: 2, done: 0 },
      { day: "2013-09-09", open: 2, done: 1 },
      { day: "2013-09-16", open: 1, done: 2 },
    ]);
    expect(series?.openToday).toBe(1);
  });

  it("counts what was written after the calendar's today as written today", () => {
    const series = burndownSeries([{ createdOn: "2026-12-01", closedOn: "2026-12-02", done: true }, { createdOn: "2013-09-01", closedOn: null, done: false }], "2013-09-16", "2013-10-03");
    expect(series?.points.at(-1)).toEqual({ day: "2013-09-16", open: 1, done: 1 });
    expect(series?.points.every((p) => p.day <= "2013-09-16")).toBe(true);
  });

  it("looks back at most sixteen weeks, and has nothing to draw without actions or once the meeting began", () => {
    const series = burndownSeries([{ createdOn: "2012-01-01", closedOn: null, done: false }], "2013-09-16", "2013-10-03");
    expect(series?.points[0]?.day).toBe("2013-06-13");
    expect(burndownSeries([], "2013-09-16", "2013-10-03")).toBeNull();
    expect(burndownSeries([{ createdOn: "2013-09-01", closedOn: null, done: false }], "2013-10-04", "2013-10-03")).toBeNull();
  });
});
