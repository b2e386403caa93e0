import "server-only";
// In-app notifications. Written by the feature actions inside their own transaction
// (assigned to me, reply to my note, @mention, position status changed), read by the
// person they are for, and nobody else.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";

export type TNotificationInput = {
  userId: string;
  /** e.g. "action.assigned", "annotation.reply", "annotation.mention", "position.status" */
  kind: string;
  /** An i18n key under notifications.* plus its placeholder values. */
  payload: { key: string; values?: Record<string, string | number> };
  href: string;
};

/** Adds notifications inside the caller's transaction; skips the actor themself. */
export async function createNotifications(
  tx: Prisma.TransactionClient,
  actorId: string,
  rows: TNotificationInput[],
): Promise<void> {
  const data = rows.filter((r) => r.userId !== actorId);
  if (data.length > 0) await tx.notification.createMany({ data });
}

export async function listNotificationsForViewer(viewer: Viewer, { take = 50 } = {}) {
  return db.notification.findMany({
    where: { userId: viewer.userId },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, kind: true, payload: true, href: true, readAt: true, createdAt: true },
  });
}

export async function countUnreadNotifications(viewer: Viewer): Promise<number> {
  return db.notification.count({ where: { userId: viewer.userId, readAt: null } });
}
