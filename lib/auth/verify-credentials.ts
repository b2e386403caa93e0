import "server-only";
// Checks an email and password and, when they match an active account, opens a
// server-side session. Every attempt is recorded (throttling and audit) in the same
// transaction as its outcome; throttling, locking and equal work are in
// ./password-attempt.ts. A successful sign-in from a browser without a device token
// for the account gets one (./device-token.ts), returned for the caller to set.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { checkPassword, findDeviceTokenId, lockPasswordAttempt, recordPasswordAttempt, type TPasswordAttempt } from "./password-attempt";
import { DEVICE_TOKEN_DAYS, issueDeviceToken } from "./device-token";

export type TCredentialsResult =
  | { ok: true; userId: string; sessionId: string; deviceCookie?: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAt: Date };

export async function verifyCredentials(email: string, password: string, address: string, deviceTokens: string[] = []): Promise<TCredentialsResult> {
  const normalisedEmail = email.trim().toLowerCase();

  return db.$transaction(
    async (tx) => {
      await lockPasswordAttempt(tx, normalisedEmail, address);
      const user = await tx.user.findUnique({
        where: { email: normalisedEmail },
        select: { id: true, passwordHash: true, active: true, delegationId: true, delegation: { select: { active: true } } },
      });
      const attempt: TPasswordAttempt = { email: normalisedEmail, address, deviceTokenId: await findDeviceTokenId(tx, user?.id, deviceTokens) };
      const check = await checkPassword(tx, attempt, user?.passwordHash ?? null, password);
      const allowed = Boolean(user && check.outcome === "match" && user.active && (user.delegation?.active ?? true));
      await recordPasswordAttempt(tx, attempt, allowed ? "succeeded" : check.outcome === "throttled" ? "throttled" : "failed");

      if (!allowed || !user) {
        await tx.auditLog.create({
          data: {
            actorId: user?.id ?? null,
            delegationId: user?.delegationId ?? null,
            action: check.outcome === "throttled" ? "auth.sign_in_throttled" : "auth.sign_in_failed",
            entityType: "User",
            entityId: user?.id ?? null,
            summary: { email: normalisedEmail, address },
          },
        });
        return check.outcome === "throttled" ? ({ ok: false, reason: "throttled", retryAt: check.retryAt } as const) : ({ ok: false, reason: "invalid" } as const);
      }

      let deviceCookie: string | undefined;
      if (attempt.deviceTokenId) {
        await tx.deviceToken.update({ where: { id: attempt.deviceTokenId }, data: { lastUsedAt: new Date() } });
      } else {
        const issued = issueDeviceToken(deviceTokens, env().AUTH_SECRET);
        await tx.deviceToken.create({
          data: { userId: user.id, tokenHash: issued.tokenHash, expiresAt: new Date(Date.now() + DEVICE_TOKEN_DAYS * 86_400_000) },
        });
        deviceCookie = issued.cookieValue;
      }
      const session = await tx.session.create({
        data: { userId: user.id, expiresAt: new Date(Date.now() + env().SESSION_MAX_AGE_HOURS * 3600_000) },
      });
      await tx.auditLog.create({
        data: {
          actorId: user.id,
          delegationId: user.delegationId,
          action: "auth.sign_in",
          entityType: "Session",
          entityId: session.id,
          summary: { address },
        },
      });
      return { ok: true, userId: user.id, sessionId: session.id, deviceCookie } as const;
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
}
