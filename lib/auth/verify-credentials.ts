import "server-only";
// Checks an email and password and, when they match an active account, opens a
// server-side session. Every attempt is recorded (throttling and audit) in the same
// transaction as its outcome.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { decoyPasswordHash, verifyPassword } from "./password";
import { isSignInThrottled } from "./throttle";

export type TCredentialsResult =
  | { ok: true; userId: string; sessionId: string }
  | { ok: false; reason: "invalid" | "throttled" };

export async function verifyCredentials(
  email: string,
  password: string,
  address: string,
): Promise<TCredentialsResult> {
  const normalisedEmail = email.trim().toLowerCase();
  const throttled = await isSignInThrottled(db, normalisedEmail, address);
  const user = throttled
    ? null
    : await db.user.findUnique({
        where: { email: normalisedEmail },
        select: { id: true, passwordHash: true, active: true, delegationId: true, delegation: { select: { active: true } } },
      });
  // Unknown emails are checked against a decoy hash so they take as long as known ones.
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  const allowed = Boolean(user && passwordMatches && user.active && (user.delegation?.active ?? true));

  return db.$transaction(async (tx) => {
    await tx.signInAttempt.create({ data: { email: normalisedEmail, address, succeeded: allowed } });
    if (!allowed || !user) {
      await tx.auditLog.create({
        data: {
          actorId: user?.id ?? null,
          delegationId: user?.delegationId ?? null,
          action: throttled ? "auth.sign_in_throttled" : "auth.sign_in_failed",
          entityType: "User",
          entityId: user?.id ?? null,
          summary: { email: normalisedEmail, address },
        },
      });
      return { ok: false, reason: throttled ? "throttled" : "invalid" } as const;
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
    return { ok: true, userId: user.id, sessionId: session.id } as const;
  });
}
