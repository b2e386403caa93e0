import "server-only";
// A person's own account: password change and ending sessions. Each write goes with
// its audit row in one transaction.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { auditEntry } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { checkPassword, findDeviceTokenId, lockPasswordAttempt, recordPasswordAttempt } from "@/lib/auth/password-attempt";
import type { TChangePasswordInput } from "@/lib/validation/account";
import { revokeCalendarFeedsOf } from "@/lib/dal/actions-calendar";

export type TChangePasswordResult =
  | { ok: true }
  | { ok: false; field: "currentPassword"; message: "password.errors.currentWrong" }
  | { ok: false; field: "currentPassword"; message: "password.errors.currentThrottled"; retryAt: Date };

/** Who is re-authenticating: counted and throttled like a sign-in (lib/auth/throttle.ts). */
export type TPasswordClient = { address: string; deviceTokens: string[] };

/**
 * Changes the password and signs out every other session of this person. The current
 * password is checked like a sign-in, so a stolen session cannot be used to guess it;
 * the new password revokes every device token, so this browser, too, earns a new one,
 * and the calendar feed (whoever knew the old password may have copied its URL).
 */
export async function changePassword(viewer: Viewer, input: TChangePasswordInput, client: TPasswordClient): Promise<TChangePasswordResult> {
  const check = await db.$transaction(
    async (tx) => {
      await lockPasswordAttempt(tx, viewer.email, client.address);
      const user = await tx.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { passwordHash: true } });
      const attempt = { email: viewer.email, address: client.address, deviceTokenId: await findDeviceTokenId(tx, viewer.userId, client.deviceTokens) };
      const result = await checkPassword(tx, attempt, user.passwordHash, input.currentPassword);
      await recordPasswordAttempt(tx, attempt, result.outcome === "match" ? "succeeded" : result.outcome === "throttled" ? "throttled" : "failed");
      if (result.outcome !== "match") {
        await tx.auditLog.create({
          data: auditEntry(viewer, "user.change_password_refused", { type: "User", id: viewer.userId }, { address: client.address, throttled: result.outcome === "throttled" }),
        });
      }
      return result;
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
  if (check.outcome === "throttled") return { ok: false, field: "currentPassword", message: "password.errors.currentThrottled", retryAt: check.retryAt };
  if (check.outcome === "mismatch") return { ok: false, field: "currentPassword", message: "password.errors.currentWrong" };

  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: viewer.userId }, data: { passwordHash } });
    const { count } = await tx.session.updateMany({
      where: { userId: viewer.userId, revokedAt: null, id: { not: viewer.sessionId } },
      data: { revokedAt: new Date() },
    });
    await tx.deviceToken.updateMany({ where: { userId: viewer.userId, revokedAt: null }, data: { revokedAt: new Date() } });
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
