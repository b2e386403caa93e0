// Sign-in throttling against PostgreSQL with two app instances: two Prisma clients
// (two connection pools, as two processes would have) take turns serving attempts,
// so counts and advisory locks must live in the database to hold. Replays findings 2
// and 3 of issue 10.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase } from "../support/app-database";
import { viewerFor } from "../support/viewers";
import { DEMO_PASSWORD } from "@/lib/seed/demo-data";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { TCredentialsResult } from "@/lib/auth/verify-credentials";

let db: typeof import("@/lib/db").db;
let verifyCredentials: typeof import("@/lib/auth/verify-credentials").verifyCredentials;
let changePassword: typeof import("@/lib/services/account").changePassword;
let clientAddress: typeof import("@/lib/auth/client-address").clientAddress;
let readDeviceTokens: typeof import("@/lib/auth/device-token").readDeviceTokens;
let throttle: typeof import("@/lib/auth/throttle");
let instances: PrismaClient[];
let cleanup: () => Promise<void>;
const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

beforeAll(async () => {
  cleanup = await useAppDatabase();
  ({ db } = await import("@/lib/db"));
  ({ verifyCredentials } = await import("@/lib/auth/verify-credentials"));
  ({ changePassword } = await import("@/lib/services/account"));
  ({ clientAddress } = await import("@/lib/auth/client-address"));
  ({ readDeviceTokens } = await import("@/lib/auth/device-token"));
  throttle = await import("@/lib/auth/throttle");
  const { createPostgresClient } = await import("@/lib/db/prisma-factory");
  await db.user.count(); // instance 0: the app's own client
  const first = globalForDb.prisma!;
  instances = process.env.DATABASE_URL ? [first, createPostgresClient(process.env.DATABASE_URL, 5)] : [first];
});
afterAll(async () => {
  if (instances?.[1]) await instances[1].$disconnect();
  await cleanup?.();
});

/** Runs a call on instance n: lib/db.ts picks its client when the call starts. */
function on<T>(n: number, call: () => Promise<T>): Promise<T> {
  globalForDb.prisma = instances[n % instances.length];
  const running = call();
  globalForDb.prisma = instances[0];
  return running;
}

const signIn = (n: number, email: string, password: string, address: string, device: string[] = []) =>
  on(n, () => verifyCredentials(email, password, address, device));

async function deviceOf(result: TCredentialsResult): Promise<string[]> {
  if (!result.ok || !result.deviceCookie) throw new Error(`expected a first sign-in with a device cookie, got ${JSON.stringify(result)}`);
  return readDeviceTokens(result.deviceCookie, process.env.AUTH_SECRET!);
}

/** Moves every attempt on an account back in time, as if the wait had passed. */
async function age(email: string, ms: number) {
  await db.$executeRaw`UPDATE "SignInAttempt" SET "createdAt" = "createdAt" - make_interval(secs => ${ms / 1000}) WHERE email = ${email}`;
}

describe("[auth] throttling slows attackers without locking the owner out", () => {
  it("an account attacked from 20 addresses on two instances still lets its owner in from a browser with its device token", async () => {
    const email = "secretariat@ilo.demo";
    const device = await deviceOf(await signIn(0, email, DEMO_PASSWORD, "192.0.2.1"));
    // 20 addresses × 3 guesses, in parallel bursts spread over both instances.
    const guesses = Array.from({ length: 60 }, (_, i) => signIn(i, email, `guess-${i}`, `198.51.100.${i % 20}`));
    const results = await Promise.all(guesses);
    expect(results.some((r) => r.ok)).toBe(false);
    // Only the free failures were checked at all; the rest were refused unchecked.
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(throttle.FREE_FAILURES_UNKNOWN_BROWSER);

    // An unknown browser, even with the right password, waits...
    const stranger = await signIn(1, email, DEMO_PASSWORD, "203.0.113.5");
    expect(stranger).toMatchObject({ ok: false, reason: "throttled" });
    // ...the owner's browser does not, on either instance.
    expect((await signIn(1, email, DEMO_PASSWORD, "203.0.113.5", device)).ok).toBe(true);
    expect((await signIn(0, email, DEMO_PASSWORD, "198.51.100.3", device)).ok).toBe(true);
  }, 120_000);

  it("an unknown browser is slowed by growing waits; attempts during a wait do not extend it (finding 2 replayed)", async () => {
    const email = "head.ituc@workers.demo";
    const results = [];
    for (let i = 0; i < throttle.FREE_FAILURES_UNKNOWN_BROWSER; i++) results.push(await signIn(i, email, `guess-${i}`, `198.51.100.${40 + i}`));
    expect(results.every((r) => !r.ok && r.reason === "invalid")).toBe(true);
    const lastFailure = await db.signInAttempt.findFirst({ where: { email, throttled: false }, orderBy: { id: "desc" } });

    const blocked = await signIn(0, email, DEMO_PASSWORD, "203.0.113.9");
    if (blocked.ok || blocked.reason !== "throttled") throw new Error("expected a wait");
    expect(blocked.retryAt.getTime()).toBe(lastFailure!.createdAt.getTime() + throttle.FIRST_WAIT_MS);

    // Ten more tries during the wait, the right password among them, from both instances:
    // the end of the wait does not move, and none of them is counted.
    for (let i = 0; i < 10; i++) {
      const again = await signIn(i, email, i % 2 ? DEMO_PASSWORD : `more-${i}`, `198.51.100.${60 + i}`);
      expect(again).toEqual({ ok: false, reason: "throttled", retryAt: blocked.retryAt });
    }
    expect(await db.signInAttempt.count({ where: { email, throttled: false, succeeded: false } })).toBe(throttle.FREE_FAILURES_UNKNOWN_BROWSER);

    // Once the wait is over, one more wrong guess earns a longer wait (two minutes)...
    await age(email, throttle.FIRST_WAIT_MS + 1000);
    const longer = await signIn(1, email, "one more guess", "198.51.100.80");
    expect(longer).toEqual({ ok: false, reason: "invalid" });
    const second = await signIn(0, email, DEMO_PASSWORD, "198.51.100.81");
    if (second.ok || second.reason !== "throttled") throw new Error("expected a second wait");
    const newest = await db.signInAttempt.findFirst({ where: { email, throttled: false }, orderBy: { id: "desc" } });
    expect(second.retryAt.getTime()).toBe(newest!.createdAt.getTime() + 2 * throttle.FIRST_WAIT_MS);
    // ...and after it, the owner gets in from a new browser.
    await age(email, 2 * throttle.FIRST_WAIT_MS + 1000);
    expect((await signIn(1, email, DEMO_PASSWORD, "203.0.113.9")).ok).toBe(true);
  }, 120_000);

  it("no client waits longer than the longest wait, however long the attack goes on", async () => {
    const email = "head.lk@gov.demo";
    const waits: number[] = [];
    for (let round = 0; round < 12; round++) {
      const result = await signIn(round, email, `guess-${round}`, `198.51.100.${100 + round}`);
      expect(result).toEqual({ ok: false, reason: "invalid" });
      // Asks the rule directly, so the question itself is not an attempt.
      const retryAt = await db.$transaction((tx) => throttle.passwordCheckBlockedUntil(tx, { email, address: "203.0.113.10", deviceTokenId: null }));
      if (!retryAt) continue;
      const wait = retryAt.getTime() - Date.now();
      waits.push(wait);
      await age(email, wait + 1000); // the wait passes
    }
    expect(waits.length).toBeGreaterThan(5);
    expect(Math.max(...waits)).toBeLessThanOrEqual(throttle.LONGEST_WAIT_MS);
    expect(Math.max(...waits)).toBeGreaterThan(throttle.LONGEST_WAIT_MS - 60_000);
    // Waits grow: each is at least as long as the one before.
    const minutes = waits.map((w) => Math.round(w / 60_000));
    expect(minutes).toEqual([...minutes].sort((a, b) => a - b));
  }, 120_000);

  it("a device token is for its own account only, and a password change revokes it", async () => {
    const device = await deviceOf(await signIn(0, "adviser.lk@gov.demo", DEMO_PASSWORD, "192.0.2.30"));
    const other = "delegate.lk@gov.demo";
    for (let i = 0; i < throttle.FREE_FAILURES_UNKNOWN_BROWSER; i++) await signIn(i, other, `guess-${i}`, `198.51.100.${140 + i}`);
    expect(await signIn(1, other, DEMO_PASSWORD, "192.0.2.30", device)).toMatchObject({ ok: false, reason: "throttled" });

    const owner = "adviser.lk@gov.demo";
    for (let i = 0; i < throttle.FREE_FAILURES_UNKNOWN_BROWSER; i++) await signIn(i, owner, `guess-${i}`, `198.51.100.${150 + i}`);
    const session = await signIn(1, owner, DEMO_PASSWORD, "192.0.2.30", device);
    if (!session.ok) throw new Error("the owner's browser should get in");
    const viewer = { ...(await viewerFor(owner)), sessionId: session.sessionId };
    const input = { currentPassword: DEMO_PASSWORD, newPassword: "a brand new long passphrase", confirmPassword: "a brand new long passphrase" };
    expect(await on(0, () => changePassword(viewer, input, { address: "192.0.2.30", deviceTokens: device }))).toEqual({ ok: true });
    // Revoked: this browser is now a stranger to the account, which is under attack.
    expect(await signIn(1, owner, input.newPassword, "192.0.2.30", device)).toMatchObject({ ok: false, reason: "throttled" });
  }, 120_000);
});

describe("[auth] client addresses and the per-address limit", () => {
  it("without a trusted proxy, a forged X-Forwarded-For gives no extra attempts and is not what the audit log records", async () => {
    // What scripts/serve.mjs hands the app: the client's forged entries, then the socket peer.
    const fromSocket = (forged: string) => new Headers({ "x-forwarded-for": `${forged}, 203.0.113.200` });
    const targets = Array.from({ length: 60 }, (_, i) => `nobody-${i}@nowhere.demo`);
    const results = [];
    for (let i = 0; i < targets.length; i++) {
      const address = clientAddress(fromSocket(`10.0.${i}.1, 172.16.0.${i}`));
      results.push(await signIn(i, targets[i]!, "guess", address));
    }
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(throttle.MAX_FAILURES_PER_ADDRESS);
    expect(results.slice(throttle.MAX_FAILURES_PER_ADDRESS).every((r) => !r.ok && r.reason === "throttled")).toBe(true);
    const recorded = await db.auditLog.findMany({ where: { action: { startsWith: "auth.sign_in" }, summary: { path: ["email"], string_starts_with: "nobody-" } }, select: { summary: true } });
    expect(new Set(recorded.map((r) => (r.summary as { address: string }).address))).toEqual(new Set(["203.0.113.200"]));

    // The real person from that address, with their device token, is not held up.
    const device = await deviceOf(await signIn(0, "observer.iom@observers.demo", DEMO_PASSWORD, "192.0.2.60"));
    expect((await signIn(1, "observer.iom@observers.demo", DEMO_PASSWORD, "203.0.113.200", device)).ok).toBe(true);
  }, 120_000);
});

describe("[account] the current-password check is throttled like a sign-in (finding 3 replayed)", () => {
  it("15 wrong guesses then the right one on one session does not change the password", async () => {
    const email = "delegate.ph@gov.demo";
    const first = await signIn(0, email, DEMO_PASSWORD, "192.0.2.70");
    const device = await deviceOf(first);
    if (!first.ok) throw new Error("sign-in failed");
    const viewer = { ...(await viewerFor(email)), sessionId: first.sessionId };
    const input = (currentPassword: string) => ({ currentPassword, newPassword: "a stolen session's choice", confirmPassword: "a stolen session's choice" });
    const outcomes = [];
    for (let i = 0; i < 15; i++) {
      const result = await on(i, () => changePassword(viewer, input(`guess-${i}`), { address: "192.0.2.70", deviceTokens: device }));
      outcomes.push(result.ok ? "ok" : result.message);
    }
    expect(outcomes.filter((m) => m === "password.errors.currentWrong")).toHaveLength(throttle.FREE_FAILURES_KNOWN_BROWSER);
    expect(outcomes.slice(throttle.FREE_FAILURES_KNOWN_BROWSER).every((m) => m === "password.errors.currentThrottled")).toBe(true);
    const right = await on(1, () => changePassword(viewer, input(DEMO_PASSWORD), { address: "192.0.2.70", deviceTokens: device }));
    expect(right).toMatchObject({ ok: false, message: "password.errors.currentThrottled" });
    expect((await signIn(0, email, DEMO_PASSWORD, "192.0.2.71", device)).ok).toBe(false);
    // A thief without the device cookie gets fewer tries.
    const thief = await on(0, () => changePassword(viewer, input("guess"), { address: "198.51.100.99", deviceTokens: [] }));
    expect(thief).toMatchObject({ ok: false, message: "password.errors.currentWrong" });
  }, 120_000);
});
