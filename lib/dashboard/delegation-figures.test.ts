import { describe, expect, it } from "vitest";
import { delegationFigures, type TDashboardActionRow, type TDashboardMeetingRow } from "./delegation-figures";

const meeting = (id: string, startsOn: string | null, themes: TDashboardMeetingRow["themes"]): TDashboardMeetingRow => ({
  id,
  slug: id,
  title: `Meeting ${id}`,
  kind: "HIGH_LEVEL_DIALOGUE",
  startsOn,
  endsOn: startsOn,
  themes,
});
const action = (id: string, status: TDashboardActionRow["status"], dueOn: string | null, themeId: string | null, assignee: string | null = "Ana"): TDashboardActionRow => ({
  id,
  title: `Action ${id}`,
  status,
  dueOn,
  createdOn: "2013-09-01",
  updatedOn: "2013-09-10",
  meetingId: null,
  themeId,
  assignee: assignee ? { id: assignee, name: assignee } : null,
});

const MEETINGS = [
  meeting("hld", "2013-10-03", [
    { id: "t1", code: "RT1", title: "One", stance: "SUPPORT", position: "AGREED" },
    { id: "t2", code: "RT2", title: "Two", stance: null, position: "DRAFT" },
  ]),
  meeting("ttm", "2013-11-04", [{ id: "t3", code: "TTM-i", title: "Three", stance: null, position: "NONE" }]),
];

describe("[dashboard] a delegation's figures", () => {
  const figures = delegationFigures(
    MEETINGS,
    new Map([["t1", { total: 3, unresolved: 1 }]]),
    [action("a", "OPEN", "2013-09-10", "t1"), action("b", "DONE", "2013-09-05", "t1"), action("c", "CANCELLED", "2013-09-01", "t2"), action("d", "BLOCKED", null, "t3", null), action("e", "IN_PROGRESS", "2013-10-03", "t2")],
    "2013-09-16",
  );

  it("counts per theme and meeting, leaving cancelled actions out of the progress", () => {
    const hld = figures.meetings[0]!;
    expect(hld.themes.map((t) => [t.code, t.ourNotes, t.unresolvedThreads, t.openActions, t.overdueActions])).toEqual([
      ["RT1", 3, 1, 1, 1],
      ["RT2", 0, 0, 1, 0],
    ]);
    expect(hld.progress).toEqual({ stances: { done: 1, total: 2 }, positions: { done: 1, total: 2 }, actions: { done: 1, total: 3 } });
    expect(figures.byAssignee).toEqual([
      { name: "Ana", open: 1, inProgress: 1, blocked: 0, done: 1 },
      { name: null, open: 0, inProgress: 0, blocked: 1, done: 0 },
    ]);
  });

  it("lists what to do next soonest first (actions before a meeting's own steps on its day), meetings in order, undated last", () => {
    expect(figures.nextSteps.map((s) => (s.kind === "action" ? s.id : `${s.kind}:${s.themeCode}`))).toEqual(["a", "e", "stance:RT2", "position:RT2", "stance:TTM-i", "position:TTM-i", "d"]);
    expect(figures.nextSteps[0]).toMatchObject({ overdue: true });
    expect(figures.nextStepsTotal).toBe(7);
  });

  it("has no stance or position figures for a group that holds none (observers)", () => {
    const observer = delegationFigures([meeting("hld", "2013-10-03", [{ id: "t1", code: "RT1", title: "One", stance: undefined, position: undefined }])], new Map(), [], "2013-09-16");
    expect(observer.meetings[0]!.progress).toEqual({ stances: null, positions: null, actions: { done: 0, total: 0 } });
    expect(observer.nextSteps).toEqual([]);
    expect(observer.meetings[0]!.burndown).toBeNull();
  });
});
