import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase } from "../support/app-database";
import { DEMO_PASSWORD } from "@/lib/seed/demo-data";

// Imported after the database is prepared: lib/db.ts connects on first use.
let db: typeof import("@/lib/db").db;
let verifyCredentials: typeof import("@/lib/auth/verify-credentials").verifyCredentials;
let findViewerBySession: typeof import("@/lib/auth/sessions").findViewerBySession;
let revokeSession: typeof import("@/lib/auth/sessions").revokeSession;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  cleanup = await useAppDatabase();
  ({ db } = await import("@/lib/db"));
  ({ verifyCredentials } = await import("@/lib/auth/verify-credentials"));
  ({ findViewerBySession, revokeSession } = await import("@/lib/auth/sessions"));
});
afterAll(async () => cleanup?.());

async function signInOk(email: string) {
  const result = await verifyCredentials(email, DEMO_PASSWORD, "203.0.113.1");
  if (!result.ok) throw new Error(`expected ${email} to sign in, got ${result.reason}`);
  return result;
}

describe("[auth] credentials and server-side sessions", () => {
  it("opens a session for the right password and reads the viewer with delegation and group", async () => {
    const result = await signInOk("Head.LK@gov.demo ");
    const viewer = await findViewerBySession(result.sessionId);
    expect(viewer).toMatchObject({
      email: "head.lk@gov.demo",
      role: "HEAD_OF_DELEGATION",
      delegation: { name: "Government of Sri Lanka", group: "GOVERNMENT" },
    });
    const audit = await db.auditLog.findFirst({ where: { action: "auth.sign_in", entityId: result.sessionId } });
    expect(audit?.actorId).toBe(result.userId);
  });

  it("refuses a wrong password and an unknown email alike, and records both", async () => {
    const wrong = await verifyCredentials("delegate.ph@gov.demo", "wrong password", "203.0.113.2");
    const unknown = await verifyCredentials("nobody@gov.demo", "wrong password", "203.0.113.2");
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
    expect(await db.signInAttempt.count({ where: { address: "203.0.113.2", succeeded: false } })).toBe(2);
    expect(await db.auditLog.count({ where: { action: "auth.sign_in_failed", summary: { path: ["address"], equals: "203.0.113.2" } } })).toBe(2);
  });

  it("ends access at once on sign-out, deactivation, expiry, or a deactivated delegation", async () => {
    const signedOut = await signInOk("delegate.lk@gov.demo");
    const viewer = await findViewerBySession(signedOut.sessionId);
    await revokeSession(signedOut.sessionId, viewer!);
    expect(await findViewerBySession(signedOut.sessionId)).toBeNull();

    const expired = await signInOk("delegate.lk@gov.demo");
    await db.session.update({ where: { id: expired.sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findViewerBySession(expired.sessionId)).toBeNull();

    const deactivated = await signInOk("adviser.lk@gov.demo");
    await db.user.update({ where: { email: "adviser.lk@gov.demo" }, data: { active: false } });
    expect(await findViewerBySession(deactivated.sessionId)).toBeNull();
    expect(await verifyCredentials("adviser.lk@gov.demo", DEMO_PASSWORD, "203.0.113.3")).toEqual({ ok: false, reason: "invalid" });
    await db.user.update({ where: { email: "adviser.lk@gov.demo" }, data: { active: true } });

    const observer = await signInOk("observer.iom@observers.demo");
    await db.delegation.update({ where: { name: "International Organization for Migration" }, data: { active: false } });
    expect(await findViewerBySession(observer.sessionId)).toBeNull();
    await db.delegation.update({ where: { name: "International Organization for Migration" }, data: { active: true } });
    expect(await findViewerBySession(observer.sessionId)).not.toBeNull();
  });

  it("makes an unknown browser wait after five failures on an account, and lets the person in after the wait", async () => {
    const email = "head.ituc@workers.demo";
    for (let i = 0; i < 5; i++) {
      expect(await verifyCredentials(email, `guess-${i}`, `198.51.100.${i}`)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await verifyCredentials(email, DEMO_PASSWORD, "198.51.100.99")).toMatchObject({ ok: false, reason: "throttled" });

    await db.signInAttempt.updateMany({ where: { email }, data: { createdAt: new Date(Date.now() - 2 * 60_000) } });
    expect((await verifyCredentials(email, DEMO_PASSWORD, "198.51.100.99")).ok).toBe(true);
  });
});

describe("[auth] guessing", () => {
  it("1,000 guesses from one address yield no session, and the address is cut off after 50 failures", async () => {
    const address = "198.51.100.200";
    const start = new Date();
    const results: Awaited<ReturnType<typeof verifyCredentials>>[] = [];
    // Many accounts, so the per-address limit is the one that binds.
    const targets = ["head.lk@gov.demo", "secretariat@ilo.demo", ...Array.from({ length: 98 }, (_, i) => `someone-${i}@nowhere.demo`)];
    // Batches of 20 in parallel: bursts must not slip past the limits either.
    for (let batch = 0; batch < 50; batch++) {
      results.push(
        ...(await Promise.all(
          Array.from({ length: 20 }, (_, i) => verifyCredentials(targets[(batch + i) % targets.length]!, `guess-${batch}-${i}`, address)),
        )),
      );
    }
    expect(results).toHaveLength(1000);
    expect(results.some((r) => r.ok)).toBe(false);
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(50);
    expect(await db.session.count({ where: { user: { email: { in: targets } }, createdAt: { gte: start } } })).toBe(0);
    // The real person, from their own address, still gets in.
    expect((await verifyCredentials("delegate.lk@gov.demo", DEMO_PASSWORD, "203.0.113.77")).ok).toBe(true);
  }, 300_000);
});
