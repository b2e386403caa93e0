import "server-only";
// Checks an email and password and, when they match an active account, opens a
// server-side session. Every attempt is recorded (throttling and audit) in the same
// transaction as its outcome.
//
// The transaction first takes advisory locks on the email and on the address, so
// concurrent guesses against one account (or from one address) are counted one after
// another: a burst of parallel requests cannot slip past the limit before the first
// failures are written. Locks are always taken in the same order (email, then
// address), so two attempts cannot deadlock.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { decoyPasswordHash, verifyPassword } from "./password";
import { isSignInThrottled } from "./throttle";

export type TCredentialsResult =
  | { ok: true; userId: string; sessionId: string }
  | { ok: false; reason: "invalid" | "throttled" };

export async function verifyCredentials(email: string, password: string, address: string): Promise<TCredentialsResult> {
  const normalisedEmail = email.trim().toLowerCase();
  const decoy = await decoyPasswordHash();

  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:email:${normalisedEmail}`}, 0))`;
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:address:${address}`}, 0))`;
      const throttled = await isSignInThrottled(tx, normalisedEmail, address);
      const user = throttled
        ? null
        : await tx.user.findUnique({
            where: { email: normalisedEmail },
            select: { id: true, passwordHash: true, active: true, delegationId: true, delegation: { select: { active: true } } },
          });
      // Exactly one hash verification whatever happens: unknown emails and throttled
      // attempts are checked against a decoy, so timing reveals nothing.
      const passwordMatches = await verifyPassword(user?.passwordHash ?? decoy, password);
      const allowed = Boolean(user && passwordMatches && user.active && (user.delegation?.active ?? true));

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
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
}
