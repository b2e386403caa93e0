import "server-only";
// One password check against an account, throttled and recorded the same way whether
// it is a sign-in or a re-authentication (current password on the account page).
//
// The caller runs it in a transaction that first calls lockPasswordAttempt: advisory
// locks on the email and on the address make concurrent guesses (from any app
// instance) count one after another, so a burst cannot slip past a limit before the
// first failures are written. Locks are taken in one order (email, then address), so
// two attempts cannot deadlock.
//
// Exactly one argon2 verification happens for every attempt that is not blocked —
// unknown email, pending invitation (no password yet), known account alike — so the
// response time reveals nothing. A blocked attempt does no argon2 work: whether a
// client is blocked depends only on counts kept per email string, address and device
// token, the same for accounts that exist and those that do not, so answering it fast
// reveals nothing either, and a flood of blocked guesses cannot hold the advisory locks
// for the length of a hash each (which would make the throttle itself a way to slow
// the owner's sign-in).
import type { Prisma } from "@/lib/generated/prisma/client";
import { decoyPasswordHash, isPasswordHash, verifyPassword } from "./password";
import { passwordCheckBlockedUntil } from "./throttle";
import { deviceTokenHashes } from "./device-token";

type Tx = Prisma.TransactionClient;

export type TPasswordAttempt = { email: string; address: string; deviceTokenId: string | null };
export type TPasswordCheck = { outcome: "match" | "mismatch" } | { outcome: "throttled"; retryAt: Date };

export async function lockPasswordAttempt(tx: Tx, email: string, address: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:email:${email}`}, 0))`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:address:${address}`}, 0))`;
}

/** The id of this browser's live device token for the account, if it holds one. */
export async function findDeviceTokenId(tx: Tx, userId: string | undefined, tokens: string[]): Promise<string | null> {
  if (!userId || tokens.length === 0) return null;
  const row = await tx.deviceToken.findFirst({
    where: { userId, tokenHash: { in: deviceTokenHashes(tokens) }, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true },
  });
  return row?.id ?? null;
}

export async function checkPassword(tx: Tx, attempt: TPasswordAttempt, storedHash: string | null, password: string): Promise<TPasswordCheck> {
  const retryAt = await passwordCheckBlockedUntil(tx, attempt);
  if (retryAt) return { outcome: "throttled", retryAt };
  const real = storedHash !== null && isPasswordHash(storedHash);
  const verified = await verifyPassword(real ? storedHash : await decoyPasswordHash(), password);
  return { outcome: real && verified ? "match" : "mismatch" };
}

/** Writes the attempt; a throttled one is kept for the record but never counted. */
export async function recordPasswordAttempt(tx: Tx, attempt: TPasswordAttempt, result: "succeeded" | "failed" | "throttled") {
  await tx.signInAttempt.create({
    data: {
      email: attempt.email,
      address: attempt.address,
      deviceTokenId: attempt.deviceTokenId,
      succeeded: result === "succeeded",
      throttled: result === "throttled",
    },
  });
}
