import "server-only";
// A person's own account: password change and ending sessions. Each write goes with
// its audit row in one transaction.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { auditEntry } from "@/lib/audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { TChangePasswordInput } from "@/lib/validation/account";
import { revokeCalendarFeedsOf } from "@/lib/dal/actions-calendar";

export type TChangePasswordResult = { ok: true } | { ok: false; field: "currentPassword"; message: "password.errors.currentWrong" };

/** Changes the password, signs out every other session of this person and revokes
 *  their calendar feed (whoever knew the old password may have copied its URL). */
export async function changePassword(viewer: Viewer, input: TChangePasswordInput): Promise<TChangePasswordResult> {
  const user = await db.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await db.auditLog.create({ data: auditEntry(viewer, "user.change_password_refused", { type: "User", id: viewer.userId }) });
    return { ok: false, field: "currentPassword", message: "password.errors.currentWrong" };
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: viewer.userId }, data: { passwordHash } });
    const { count } = await tx.session.updateMany({
      where: { userId: viewer.userId, revokedAt: null, id: { not: viewer.sessionId } },
      data: { revokedAt: new Date() },
    });
    const calendarFeedsRevoked = await revokeCalendarFeedsOf(tx, { id: viewer.userId });
    await tx.auditLog.create({
      data: auditEntry(viewer, "user.change_password", { type: "User", id: viewer.userId }, { otherSessionsEnded: count, calendarFeedsRevoked }),
    });
  });
  return { ok: true };
}

export async function countActiveSessions(viewer: Viewer): Promise<number> {
  return db.session.count({ where: { userId: viewer.userId, revokedAt: null, expiresAt: { gt: new Date() } } });
}

/** Ends every session of this person, this one included, and revokes their calendar feed. */
export async function endAllSessions(viewer: Viewer): Promise<number> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.session.updateMany({
      where: { userId: viewer.userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const calendarFeedsRevoked = await revokeCalendarFeedsOf(tx, { id: viewer.userId });
    await tx.auditLog.create({ data: auditEntry(viewer, "user.sign_out_everywhere", { type: "User", id: viewer.userId }, { count, calendarFeedsRevoked }) });
    return count;
  });
}
