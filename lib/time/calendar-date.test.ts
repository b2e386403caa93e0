import { describe, expect, it } from "vitest";
import { calendarNow, isCalendarDate } from "./calendar-date";

describe("[time] calendar date", () => {
  it("accepts real days written YYYY-MM-DD only", () => {
    expect(isCalendarDate("2013-09-16")).toBe(true);
    expect(isCalendarDate("2012-02-29")).toBe(true);
    for (const bad of ["2013-02-30", "2013-9-16", "16/09/2013", "2013-09-16T00:00:00Z", "today", ""]) expect(isCalendarDate(bad), bad).toBe(false);
  });

  it("moves the real time of day onto the workspace date, or keeps the real now", () => {
    const real = new Date("2026-12-01T15:42:07.123Z");
    expect(calendarNow("2013-09-16", real).toISOString()).toBe("2013-09-16T15:42:07.123Z");
    expect(calendarNow(undefined, real)).toBe(real);
  });
});
