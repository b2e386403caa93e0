import "server-only";
// Sign-in throttling, counted in the database so every app instance sees the same
// numbers. Failures are counted per account and per client address over a sliding
// window; once the window has passed, the real person can sign in again.
import type { Prisma } from "@/lib/generated/prisma/client";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_ADDRESS = 50;

type Tx = Prisma.TransactionClient;

export async function isSignInThrottled(tx: Tx, email: string, address: string): Promise<boolean> {
  const since = new Date(Date.now() - THROTTLE_WINDOW_MS);
  const [byAccount, byAddress] = await Promise.all([
    tx.signInAttempt.count({ where: { email, succeeded: false, createdAt: { gt: since } } }),
    tx.signInAttempt.count({ where: { address, succeeded: false, createdAt: { gt: since } } }),
  ]);
  return byAccount >= MAX_FAILURES_PER_ACCOUNT || byAddress >= MAX_FAILURES_PER_ADDRESS;
}
