// A delegation's actions over time toward a meeting: how many were open and how many
// done at the end of each week, up to the calendar's today (lib/time), then the line
// the open ones must follow to reach zero on the meeting's first day. Pure, from the
// actions' creation and closing days, so it is tested without a database.
//
// Rows written after the calendar's today (a demo shown as of an earlier day, with
// people working in it now) count as written today: the chart never runs ahead of the
// date it is drawn for.

export type TBurndownAction = {
  /** Day the action was created (YYYY-MM-DD). */
  createdOn: string;
  /** Day it was finished or cancelled, or null while it is open. */
  closedOn: string | null;
  /** Finished (DONE) rather than cancelled. */
  done: boolean;
};

export type TBurndownPoint = { day: string; open: number; done: number };

export type TBurndown = {
  /** Weekly points from the first action to the calendar's today (today included). */
  points: TBurndownPoint[];
  today: string;
  meetingStart: string;
  /** Open actions today, which the target line brings to zero by the meeting. */
  openToday: number;
};

const DAY_MS = 86_400_000;
/** The chart looks back at most this far before the meeting. */
export const BURNDOWN_WEEKS = 16;

const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

export function burndownSeries(actions: TBurndownAction[], today: string, meetingStart: string): TBurndown | null {
  const end = dayNumber(today);
  const meeting = dayNumber(meetingStart);
  if (actions.length === 0 || end > meeting) return null;
  const clamp = (iso: string) => Math.min(dayNumber(iso), end);
  const rows = actions.map((a) => ({ created: clamp(a.createdOn), closed: a.closedOn === null ? null : clamp(a.closedOn), done: a.done }));
  const first = Math.max(Math.min(...rows.map((r) => r.created)), meeting - BURNDOWN_WEEKS * 7);
  const days: number[] = [];
  for (let day = first; day < end; day += 7) days.push(day);
  days.push(end);
  const points = days.map((day) => {
    let open = 0;
    let done = 0;
    for (const r of rows) {
      if (r.created > day) continue;
      if (r.closed !== null && r.closed <= day) {
        if (r.done) done += 1;
      } else open += 1;
    }
    return { day: isoOf(day), open, done };
  });
  return { points, today, meetingStart, openToday: points.at(-1)!.open };
}
