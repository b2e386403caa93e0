import "server-only";
// "Today" for the preparation calendar, which a demo may set to a day of its story
// (WORKSPACE_DATE, README "The demo"). Read here and nowhere else.
//
// Only calendar reckoning takes it: days left before a meeting, due, overdue, due this
// week, upcoming themes, and the dashboard's time axis and activity window. Security
// clocks never do: sessions and their expiry, sign-in throttling, device and calendar
// feed tokens, invitations and audit timestamps keep the real clock (`new Date()` and
// PostgreSQL's now()), so a demo date can neither keep a session alive nor end one
// early (test/integration/workspace-date.test.ts).
import { env } from "@/lib/env";
import { calendarNow } from "./calendar-date";

/** The calendar's now: the real time of day on the workspace date (the real now if unset). */
export function workspaceNow(): Date {
  return calendarNow(env().WORKSPACE_DATE, new Date());
}

/** The date the calendar is pinned to, for the banner; null when it follows the real date. */
export function pinnedWorkspaceDate(): string | null {
  return env().WORKSPACE_DATE ?? null;
}
