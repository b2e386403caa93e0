import "server-only";
// The personal iCalendar feed. Calendar apps cannot sign in, so the feed URL carries a
// secret token instead: 32 random bytes, of which only the sha256 is stored (a leaked
// database does not leak working feed URLs). Issuing a new token revokes the old one.
// The feed answers as the token's owner, through the same visibility builder as every
// page, and only while the person and their delegation are active.
// A token is a credential like a session: the security events that end sessions or
// change what the person may see (password change, sign out everywhere, deactivation
// of the person or their delegation, a new role or group) revoke it in their own
// transaction, through revokeCalendarFeedsOf. Revoked is for good: reactivating the
// person does not bring an old feed URL back; they issue a new one.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toViewer, VIEWER_USER_SELECT, type Viewer } from "@/lib/auth/viewer";
import { createSecretToken, hashToken } from "@/lib/auth/tokens";
import { auditEntry } from "@/lib/audit";
import { createTranslator } from "@/lib/i18n/translator";
import { buildICalendar } from "@/lib/follow-up/icalendar";
import { UNFINISHED_STATUSES } from "@/lib/follow-up/status-transitions";
import { visibleActionsWhere } from "./actions-query";

export const FEED_LIMIT = 1000;

export const hashFeedToken = hashToken;

export async function findCalendarFeedStatus(viewer: Viewer): Promise<{ activeSince: Date | null }> {
  const row = await db.calendarFeedToken.findFirst({
    where: { userId: viewer.userId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return { activeSince: row?.createdAt ?? null };
}

/** A new secret for the viewer's feed; any previous one stops working. Shown once. */
export async function issueCalendarFeedToken(viewer: Viewer): Promise<string | null> {
  if (!viewer.delegation) return null;
  const { token, tokenHash } = createSecretToken();
  await db.$transaction(async (tx) => {
    await tx.calendarFeedToken.updateMany({ where: { userId: viewer.userId, revokedAt: null }, data: { revokedAt: new Date() } });
    const created = await tx.calendarFeedToken.create({ data: { userId: viewer.userId, tokenHash }, select: { id: true } });
    await tx.auditLog.create({ data: auditEntry(viewer, "calendar_feed.issue", { type: "CalendarFeedToken", id: created.id }) });
  });
  return token;
}

export async function revokeCalendarFeedTokens(viewer: Viewer): Promise<number> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.calendarFeedToken.updateMany({ where: { userId: viewer.userId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count > 0) await tx.auditLog.create({ data: auditEntry(viewer, "calendar_feed.revoke", { type: "User", id: viewer.userId }, { count }) });
    return count;
  });
}

/** Revokes every live feed token of the people matched, inside the caller's transaction. */
export async function revokeCalendarFeedsOf(tx: Prisma.TransactionClient, people: Prisma.UserWhereInput): Promise<number> {
  const { count } = await tx.calendarFeedToken.updateMany({ where: { user: people, revokedAt: null }, data: { revokedAt: new Date() } });
  return count;
}

/** The person a feed token stands for, as a Viewer, or null if unknown, revoked or inactive. */
async function viewerForFeedToken(token: string): Promise<Viewer | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const row = await db.calendarFeedToken.findFirst({
    where: { tokenHash: hashFeedToken(token), revokedAt: null, user: { active: true } },
    select: { id: true, user: { select: VIEWER_USER_SELECT } },
  });
  const user = row?.user;
  if (!row || !user?.delegation?.active) return null;
  return toViewer(user, `calendar-feed:${row.id}`);
}

/** The feed body: the due dates of the unfinished actions assigned to the token's owner. */
export async function calendarFeedForToken(token: string, origin: string, now = new Date()): Promise<string | null> {
  const viewer = await viewerForFeedToken(token);
  if (!viewer) return null;
  const actions = await db.followUpAction.findMany({
    where: { AND: [visibleActionsWhere(viewer), { assigneeId: viewer.userId, dueOn: { not: null }, status: { in: [...UNFINISHED_STATUSES] } }] },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    take: FEED_LIMIT,
    select: { id: true, title: true, dueOn: true, priority: true, status: true, version: true, updatedAt: true },
  });
  const t = createTranslator(viewer.locale);
  const host = new URL(origin).hostname;
  return buildICalendar({
    prodId: "-//ILO delegate workspace//Follow-up actions//EN",
    name: t.t("actions.calendar.calendarName", { person: viewer.name }),
    now,
    events: actions.map((a) => ({
      uid: `action-${a.id}@${host}`,
      date: a.dueOn!.toISOString().slice(0, 10),
      summary: a.title,
      description: t.t("actions.calendar.eventDescription", {
        status: t.t(`actions.statuses.${a.status}`),
        priority: t.t(`actions.priorities.${a.priority}`),
      }),
      url: `${origin}/actions/${a.id}`,
      priority: a.priority,
      sequence: a.version,
      lastModified: a.updatedAt,
    })),
  });
}
