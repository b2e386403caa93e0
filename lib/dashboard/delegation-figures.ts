// A delegation's dashboard from the rows its queries read (lib/dal/dashboard.ts):
// per meeting and theme our notes and unresolved threads, our stance, our group's
// position, our open and overdue actions; progress toward each meeting; our actions
// over time and by assignee; and what to do next. Pure, so every figure is unit-tested
// apart from the database.
import type { ActionStatus, MeetingKind } from "@/lib/generated/prisma/enums";
import type { TPositionStatus } from "@/lib/positions/status";
import type { TStanceValue } from "@/lib/positions/stance-summary";
import { isUnfinished } from "@/lib/follow-up/status-transitions";
import { burndownSeries, type TBurndown } from "./burndown";

export type TDashboardThemeRow = {
  id: string;
  code: string;
  title: string;
  /** Our stance, null if not recorded; undefined for a group that records none (observers). */
  stance: TStanceValue | null | undefined;
  /** Our group's position, NONE if not written; undefined for observers. */
  position: TPositionStatus | "NONE" | undefined;
};

export type TDashboardMeetingRow = {
  id: string;
  slug: string;
  title: string;
  kind: MeetingKind;
  startsOn: string | null;
  endsOn: string | null;
  themes: TDashboardThemeRow[];
};

export type TDashboardActionRow = {
  id: string;
  title: string;
  status: ActionStatus;
  dueOn: string | null;
  createdOn: string;
  /** Last change: for a finished or cancelled action, the day it closed. */
  updatedOn: string;
  meetingId: string | null;
  themeId: string | null;
  assignee: { id: string; name: string } | null;
};

export type TNoteCounts = { total: number; unresolved: number };

export type TThemeFigures = {
  code: string;
  title: string;
  ourNotes: number;
  unresolvedThreads: number;
  stance: TStanceValue | null | undefined;
  position: TPositionStatus | "NONE" | undefined;
  openActions: number;
  overdueActions: number;
};

export type TProgress = { done: number; total: number };

export type TMeetingFigures = {
  slug: string;
  title: string;
  kind: MeetingKind;
  startsOn: string | null;
  endsOn: string | null;
  themes: TThemeFigures[];
  progress: { stances: TProgress | null; positions: TProgress | null; actions: TProgress };
  burndown: TBurndown | null;
};

export type TAssigneeFigures = { name: string | null; open: number; inProgress: number; blocked: number; done: number };

export type TNextStep =
  | { kind: "action"; id: string; title: string; status: ActionStatus; dueOn: string | null; overdue: boolean; meeting: string | null }
  | { kind: "stance" | "position"; dueOn: string | null; overdue: false; meetingSlug: string; meeting: string; themeCode: string; themeTitle: string; status?: TPositionStatus | "NONE" };

export type TDelegationFigures = {
  today: string;
  meetings: TMeetingFigures[];
  byAssignee: TAssigneeFigures[];
  nextSteps: TNextStep[];
  nextStepsTotal: number;
};

export const NEXT_STEPS_SHOWN = 8;

/** Our actions that belong to a meeting: linked to it, or to one of its themes. */
function meetingOf(action: TDashboardActionRow, themeMeeting: Map<string, string>): string | null {
  return (action.themeId ? themeMeeting.get(action.themeId) : undefined) ?? action.meetingId;
}

export function delegationFigures(
  meetings: TDashboardMeetingRow[],
  notes: Map<string, TNoteCounts>,
  actions: TDashboardActionRow[],
  today: string,
): TDelegationFigures {
  const themeMeeting = new Map(meetings.flatMap((m) => m.themes.map((t) => [t.id, m.id] as const)));
  const overdue = (a: TDashboardActionRow) => isUnfinished(a.status) && a.dueOn !== null && a.dueOn < today;

  const meetingFigures = meetings
    .filter((m) => m.themes.length > 0)
    .map((m): TMeetingFigures => {
      const ours = actions.filter((a) => meetingOf(a, themeMeeting) === m.id);
      const counted = ours.filter((a) => a.status !== "CANCELLED");
      const themes = m.themes.map((t): TThemeFigures => {
        const onTheme = ours.filter((a) => a.themeId === t.id);
        const counts = notes.get(t.id) ?? { total: 0, unresolved: 0 };
        return {
          code: t.code,
          title: t.title,
          ourNotes: counts.total,
          unresolvedThreads: counts.unresolved,
          stance: t.stance,
          position: t.position,
          openActions: onTheme.filter((a) => isUnfinished(a.status)).length,
          overdueActions: onTheme.filter(overdue).length,
        };
      });
      const holdsPositions = m.themes.every((t) => t.position !== undefined);
      return {
        slug: m.slug,
        title: m.title,
        kind: m.kind,
        startsOn: m.startsOn,
        endsOn: m.endsOn,
        themes,
        progress: {
          stances: holdsPositions ? { done: m.themes.filter((t) => t.stance).length, total: m.themes.length } : null,
          positions: holdsPositions ? { done: m.themes.filter((t) => t.position === "AGREED" || t.position === "DELIVERED").length, total: m.themes.length } : null,
          actions: { done: counted.filter((a) => a.status === "DONE").length, total: counted.length },
        },
        burndown: m.startsOn
          ? burndownSeries(
              ours.map((a) => ({ createdOn: a.createdOn, closedOn: isUnfinished(a.status) ? null : a.updatedOn, done: a.status === "DONE" })),
              today,
              m.startsOn,
            )
          : null,
      };
    });

  const byName = new Map<string, TAssigneeFigures>();
  for (const a of actions) {
    if (a.status === "CANCELLED") continue;
    const key = a.assignee?.id ?? "";
    const row = byName.get(key) ?? { name: a.assignee?.name ?? null, open: 0, inProgress: 0, blocked: 0, done: 0 };
    if (a.status === "OPEN") row.open += 1;
    else if (a.status === "IN_PROGRESS") row.inProgress += 1;
    else if (a.status === "BLOCKED") row.blocked += 1;
    else row.done += 1;
    byName.set(key, row);
  }
  const byAssignee = [...byName.values()].sort((a, b) => (a.name === null ? 1 : b.name === null ? -1 : a.name.localeCompare(b.name)));

  const nextSteps = orderNextSteps(meetings, actions, themeMeeting, today);
  return { today, meetings: meetingFigures, byAssignee, nextSteps: nextSteps.slice(0, NEXT_STEPS_SHOWN), nextStepsTotal: nextSteps.length };
}

/**
 * What to do next, soonest first: our unfinished actions by due date, and for each
 * meeting still ahead, the stances we have not recorded and our group's positions not
 * yet agreed, due on the meeting's first day. Ties go by meeting order; undated last.
 */
function orderNextSteps(meetings: TDashboardMeetingRow[], actions: TDashboardActionRow[], themeMeeting: Map<string, string>, today: string): TNextStep[] {
  const order = new Map(meetings.map((m, i) => [m.id, i]));
  const title = new Map(meetings.map((m) => [m.id, m.title]));
  const steps: (TNextStep & { rank: number })[] = [];
  for (const a of actions) {
    if (!isUnfinished(a.status)) continue;
    const meetingId = meetingOf(a, themeMeeting);
    steps.push({
      kind: "action",
      id: a.id,
      title: a.title,
      status: a.status,
      dueOn: a.dueOn,
      overdue: a.dueOn !== null && a.dueOn < today,
      meeting: meetingId ? (title.get(meetingId) ?? null) : null,
      rank: meetingId ? (order.get(meetingId) ?? meetings.length) : meetings.length,
    });
  }
  for (const [i, m] of meetings.entries()) {
    if (!m.startsOn || m.startsOn < today) continue;
    for (const t of m.themes) {
      const where = { meetingSlug: m.slug, meeting: m.title, themeCode: t.code, themeTitle: t.title, dueOn: m.startsOn, overdue: false as const, rank: i };
      if (t.stance === null) steps.push({ kind: "stance", ...where });
      if (t.position !== undefined && t.position !== "AGREED" && t.position !== "DELIVERED") steps.push({ kind: "position", status: t.position, ...where });
    }
  }
  steps.sort((a, b) => {
    if (a.dueOn !== b.dueOn) return a.dueOn === null ? 1 : b.dueOn === null ? -1 : a.dueOn < b.dueOn ? -1 : 1;
    return a.rank - b.rank;
  });
  return steps.map(({ rank: _rank, ...step }) => step);
}
