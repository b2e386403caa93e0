import { describe, expect, it } from "vitest";
import { meetingTiming } from "./timing";

const at = (iso: string) => new Date(iso);

describe("[meetings] timing", () => {
  it("counts whole days to the start", () => {
    expect(meetingTiming("2013-10-03", "2013-10-04", at("2013-09-30T23:59:00Z"))).toEqual({ state: "upcoming", days: 3 });
    expect(meetingTiming("2013-10-03", "2013-10-04", at("2013-10-02T00:00:00Z"))).toEqual({ state: "upcoming", days: 1 });
  });
  it("knows the first day, the days in progress and the days since the end", () => {
    expect(meetingTiming("2013-11-04", "2013-11-08", at("2013-11-04T08:00:00Z"))).toEqual({ state: "today" });
    expect(meetingTiming("2013-11-04", "2013-11-08", at("2013-11-08T17:00:00Z"))).toEqual({ state: "inProgress" });
    expect(meetingTiming("2013-11-04", "2013-11-08", at("2013-11-10T01:00:00Z"))).toEqual({ state: "ended", days: 2 });
  });
  it("treats a meeting without dates as to be announced, and a one-day meeting as ending on its start", () => {
    expect(meetingTiming(null, null, at("2013-01-01T00:00:00Z"))).toEqual({ state: "tbc" });
    expect(meetingTiming("2013-10-03", null, at("2013-10-04T00:00:00Z"))).toEqual({ state: "ended", days: 1 });
  });
});
