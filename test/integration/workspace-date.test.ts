// WORKSPACE_DATE (lib/time/workspace-date.ts) moves the preparation calendar and
// nothing else. With the calendar pinned to 16 September 2013: days left, due,
// overdue, this week, the home page's stances and drafts still to do and the
// dashboard all count from that day; sessions, sign-in throttling, device tokens,
// invitations, calendar feeds and the audit log keep the real clock.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase } from "../support/app-database";
import { viewerFor } from "../support/viewers";
import { DEMO_PASSWORD } from "@/lib/seed/demo-data";
import type { Viewer } from "@/lib/auth/viewer";

const PINNED = "2013-09-16";
const before = process.env.WORKSPACE_DATE;
process.env.WORKSPACE_DATE = PINNED;

let cleanup: () => Promise<void>;
let db: typeof import("@/lib/db").db;
let head: Viewer;
const HOUR = 3_600_000;

beforeAll(async () => {
  cleanup = await useAppDatabase();
  ({ db } = await import("@/lib/db"));
  head = await viewerFor("head.lk@gov.demo");
  const rt1 = await db.theme.findFirstOrThrow({ where: { code: "RT1" }, select: { id: true, meetingId: true } });
  const due = (day: string) => new Date(`${day}T00:00:00Z`);
  const action = (title: string, dueOn: Date) => ({
    title,
    scope: "DELEGATION" as const,
    group: "GOVERNMENT" as const,
    delegationId: head.delegation!.id,
    creatorId: head.userId,
    assigneeId: head.userId,
    themeId: rt1.id,
    meetingId: rt1.meetingId,
    dueOn,
  });
  await db.followUpAction.createMany({
    data: [action("Due before the pinned day", due("2013-09-10")), action("Due in the pinned week", due("2013-09-18")), action("Due after the meeting", due("2013-12-01"))],
  });
});
afterAll(async () => {
  await cleanup?.();
  if (before === undefined) delete process.env.WORKSPACE_DATE;
  else process.env.WORKSPACE_DATE = before;
});

describe("[time] the calendar counts from the workspace date", () => {
  it("reads the setting in one place", async () => {
    const { workspaceNow, pinnedWorkspaceDate } = await import("@/lib/time/workspace-date");
    expect(pinnedWorkspaceDate()).toBe(PINNED);
    expect(workspaceNow().toISOString().slice(0, 10)).toBe(PINNED);
  });

  it("counts days left before the High-level Dialogue from that day", async () => {
    const { workspaceNow } = await import("@/lib/time/workspace-date");
    const { meetingTiming } = await import("@/lib/meetings/timing");
    expect(meetingTiming("2013-10-03", "2013-10-04", workspaceNow())).toEqual({ state: "upcoming", days: 17 });
  });

  it("finds overdue and due-this-week actions as of that day, on the home page, the list and the dashboard", async () => {
    const { summariseMyActions, listActionsForViewer } = await import("@/lib/dal/actions");
    const { parseActionFilters } = await import("@/lib/follow-up/filters");
    const summary = await summariseMyActions(head);
    expect(summary).toMatchObject({ open: 3, overdue: 1, dueThisWeek: 1 });
    const overdue = await listActionsForViewer(head, parseActionFilters(new URLSearchParams("assignee=any&overdue=1")));
    expect(overdue.rows.map((r) => r.title)).toEqual(["Due before the pinned day"]);
    const { loadDelegationDashboard } = await import("@/lib/dal/dashboard");
    const dashboard = await loadDelegationDashboard(head);
    expect(dashboard?.today).toBe(PINNED);
    expect(dashboard?.nextSteps.filter((s) => s.overdue).map((s) => s.kind === "action" && s.title)).toEqual(["Due before the pinned day"]);
  });

  it("keeps the High-level Dialogue among the meetings still ahead on the home page", async () => {
    const { findHomePositionsForViewer } = await import("@/lib/dal/positions-home");
    const home = await findHomePositionsForViewer(head);
    expect(home?.withoutStance.themes.map((t) => t.code)).toContain("RT1");
    expect(home?.drafts.themes.map((t) => t.code)).toContain("RT1");
  });
});

describe("[time] security clocks ignore the workspace date", () => {
  it("gives a new session the real lifetime and writes the sign-in's audit row at the real time", async () => {
    const { verifyCredentials } = await import("@/lib/auth/verify-credentials");
    const started = Date.now();
    const result = await verifyCredentials("delegate.lk@gov.demo", DEMO_PASSWORD, "192.0.2.10");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const session = await db.session.findUniqueOrThrow({ where: { id: result.sessionId } });
    expect(session.expiresAt.getTime()).toBeGreaterThanOrEqual(started + 12 * HOUR - 60_000);
    expect(session.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 12 * HOUR + 60_000);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "auth.sign_in", entityId: result.sessionId } });
    expect(Math.abs(audit.createdAt.getTime() - Date.now())).toBeLessThan(HOUR);
  });

  it("ends a session whose expiry has passed in real time, though it lies after the workspace date", async () => {
    const { findViewerBySession } = await import("@/lib/auth/sessions");
    const session = await db.session.create({ data: { userId: head.userId, expiresAt: new Date("2020-01-01T00:00:00Z") } });
    expect(await findViewerBySession(session.id)).toBeNull();
    const live = await db.session.create({ data: { userId: head.userId, expiresAt: new Date(Date.now() + HOUR) } });
    expect((await findViewerBySession(live.id))?.userId).toBe(head.userId);
  });

  it("throttles on failures of the real last minutes, not of the workspace day", async () => {
    const { verifyCredentials } = await import("@/lib/auth/verify-credentials");
    const { FREE_FAILURES_UNKNOWN_BROWSER } = await import("@/lib/auth/throttle");
    const email = "adviser.lk@gov.demo";
    // Failures dated on the workspace day are years old in real time: they do not count.
    await db.signInAttempt.createMany({
      data: Array.from({ length: FREE_FAILURES_UNKNOWN_BROWSER + 3 }, () => ({ email, address: "192.0.2.20", succeeded: false, createdAt: new Date(`${PINNED}T09:00:00Z`) })),
    });
    expect((await verifyCredentials(email, DEMO_PASSWORD, "192.0.2.20")).ok).toBe(true);
    // The same failures made now do.
    for (let i = 0; i < FREE_FAILURES_UNKNOWN_BROWSER + 1; i++) await verifyCredentials(email, "not-the-password-at-all", "192.0.2.21");
    const blocked = await verifyCredentials(email, DEMO_PASSWORD, "192.0.2.21");
    expect(blocked).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("refuses a device token and an invitation past their real expiry, and issues invitations for seven real days", async () => {
    const { findDeviceTokenId } = await import("@/lib/auth/password-attempt");
    const { hashToken } = await import("@/lib/auth/tokens");
    const token = "expired-device-token-for-the-workspace-date-test";
    await db.deviceToken.create({ data: { userId: head.userId, tokenHash: hashToken(token), expiresAt: new Date("2020-01-01T00:00:00Z") } });
    expect(await db.$transaction((tx) => findDeviceTokenId(tx, head.userId, [token]))).toBeNull();

    const { invitePerson } = await import("@/lib/services/admin-people");
    const started = Date.now();
    const invited = await invitePerson(head, head.delegation!.id, { name: "Kamala Wijesinghe", email: "kamala.w@gov.demo", role: "DELEGATE" });
    expect(invited.ok).toBe(true);
    const invitation = await db.invitation.findFirstOrThrow({ where: { user: { email: "kamala.w@gov.demo" } } });
    expect(invitation.expiresAt.getTime()).toBeGreaterThanOrEqual(started + 7 * 24 * HOUR - 60_000);
    const { describeInvitation } = await import("@/lib/services/invitations");
    const link = invited.ok ? invited.value.token : "";
    expect(await describeInvitation(link)).not.toBeNull();
    await db.invitation.update({ where: { id: invitation.id }, data: { expiresAt: new Date("2020-01-01T00:00:00Z") } });
    expect(await describeInvitation(link)).toBeNull();
  });

  it("stamps a calendar feed with the real time, and serves it whatever the workspace date", async () => {
    const { issueCalendarFeedToken, calendarFeedForToken } = await import("@/lib/dal/actions-calendar");
    const token = await issueCalendarFeedToken(head);
    const feed = await calendarFeedForToken(token!, "http://localhost:3000");
    expect(feed).toContain("Due before the pinned day");
    const stamp = /DTSTAMP:(\d{4})/.exec(feed ?? "")?.[1];
    expect(stamp).toBe(String(new Date().getUTCFullYear()));
  });
});
