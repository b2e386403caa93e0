import "server-only";
// Password-guess throttling after OWASP's advice on slow brute force: slow attackers
// down without letting them lock the owner out. Counted in the database, so every app
// instance sees the same numbers.
//
//   who is asking                          counted per                 free failures, then
//   a browser without a device token       account (typed email)       5, then waits of 1, 2, 4, 8, 15 min
//     for the account                      + client address            50 per 15 min, then wait
//   a browser holding the account's        that device token           10, then the same growing waits
//     device token (lib/auth/device-token)
//
// Failures count for 24 hours, per client kind. A wait starts at the last counted failure; attempts refused during a wait are
// recorded as `throttled` and never counted, so they cannot extend it. A success ends
// the run of failures for that kind of client. Failures from unknown browsers never
// touch a device-token holder: the owner's own browser keeps working while the
// account is under attack.
import type { Prisma } from "@/lib/generated/prisma/client";

export const ADDRESS_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ADDRESS = 50;
// Long enough that an attacker's failures do not age out between waits (the wait would
// shrink again); a success ends the run anyway.
export const ACCOUNT_WINDOW_MS = 24 * 60 * 60_000;
export const FREE_FAILURES_UNKNOWN_BROWSER = 5;
export const FREE_FAILURES_KNOWN_BROWSER = 10;
export const FIRST_WAIT_MS = 60_000;
export const LONGEST_WAIT_MS = 15 * 60_000;

type Tx = Prisma.TransactionClient;
type TCountedAttempt = { succeeded: boolean; createdAt: Date };

/** The end of the wait earned by the run of failures at the head of `recent` (newest first). */
export function waitUntil(recent: TCountedAttempt[], freeFailures: number): Date | null {
  const failures = recent.findIndex((attempt) => attempt.succeeded);
  const run = failures === -1 ? recent.length : failures;
  if (run < freeFailures || !recent[0]) return null;
  const wait = Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (run - freeFailures));
  return new Date(recent[0].createdAt.getTime() + wait);
}

function later(a: Date | null, b: Date | null): Date | null {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}

/** Until when this client must wait before its password is checked; null when it need not. */
export async function passwordCheckBlockedUntil(
  tx: Tx,
  client: { email: string; address: string; deviceTokenId: string | null },
): Promise<Date | null> {
  const now = Date.now();
  const counted = { throttled: false, createdAt: { gt: new Date(now - ACCOUNT_WINDOW_MS) } };
  const byClient = client.deviceTokenId ? { deviceTokenId: client.deviceTokenId } : { email: client.email, deviceTokenId: null };
  const [recent, addressLimit] = await Promise.all([
    tx.signInAttempt.findMany({
      where: { ...counted, ...byClient },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: FREE_FAILURES_KNOWN_BROWSER + 10,
      select: { succeeded: true, createdAt: true },
    }),
    // A device-token holder has proved this browser before: a busy shared address
    // (an office NAT with an attacker behind it) does not hold them up.
    client.deviceTokenId
      ? null
      : tx.signInAttempt.findFirst({
          where: { address: client.address, succeeded: false, throttled: false, createdAt: { gt: new Date(now - ADDRESS_WINDOW_MS) } },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          skip: MAX_FAILURES_PER_ADDRESS - 1,
          select: { createdAt: true },
        }),
  ]);
  const free = client.deviceTokenId ? FREE_FAILURES_KNOWN_BROWSER : FREE_FAILURES_UNKNOWN_BROWSER;
  const byAddress = addressLimit ? new Date(addressLimit.createdAt.getTime() + ADDRESS_WINDOW_MS) : null;
  const until = later(waitUntil(recent, free), byAddress);
  return until && until.getTime() > now ? until : null;
}
