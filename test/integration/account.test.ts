import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase } from "../support/app-database";
import { viewerFor } from "../support/viewers";
import { DEMO_PASSWORD } from "@/lib/seed/demo-data";

const CLIENT = { address: "192.0.2.9", deviceTokens: [] };
let cleanup: () => Promise<void>;
beforeAll(async () => {
  cleanup = await useAppDatabase();
});
afterAll(async () => cleanup?.());

describe("[account] password change and sessions", () => {
  it("refuses a wrong current password, changes it with the right one and ends the other sessions", async () => {
    const { db } = await import("@/lib/db");
    const { verifyCredentials } = await import("@/lib/auth/verify-credentials");
    const { findViewerBySession } = await import("@/lib/auth/sessions");
    const { changePassword } = await import("@/lib/services/account");

    const here = await verifyCredentials("delegate.ph@gov.demo", DEMO_PASSWORD, "192.0.2.10");
    const elsewhere = await verifyCredentials("delegate.ph@gov.demo", DEMO_PASSWORD, "192.0.2.11");
    if (!here.ok || !elsewhere.ok) throw new Error("demo sign-in failed");
    const viewer = { ...(await viewerFor("delegate.ph@gov.demo")), sessionId: here.sessionId };

    const input = { newPassword: "a new and long passphrase", confirmPassword: "a new and long passphrase" };
    expect(await changePassword(viewer, { ...input, currentPassword: "wrong" }, CLIENT)).toEqual({
      ok: false,
      field: "currentPassword",
      message: "password.errors.currentWrong",
    });
    expect(await changePassword(viewer, { ...input, currentPassword: DEMO_PASSWORD }, CLIENT)).toEqual({ ok: true });

    expect(await findViewerBySession(here.sessionId)).not.toBeNull();
    expect(await findViewerBySession(elsewhere.sessionId)).toBeNull();
    expect((await verifyCredentials("delegate.ph@gov.demo", DEMO_PASSWORD, "192.0.2.12")).ok).toBe(false);
    expect((await verifyCredentials("delegate.ph@gov.demo", input.newPassword, "192.0.2.12")).ok).toBe(true);
    const actions = (await db.auditLog.findMany({ where: { actorId: viewer.userId }, select: { action: true } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["user.change_password_refused", "user.change_password"]));
  });

  it("signs out of every device at once", async () => {
    const { verifyCredentials } = await import("@/lib/auth/verify-credentials");
    const { findViewerBySession } = await import("@/lib/auth/sessions");
    const { endAllSessions, countActiveSessions } = await import("@/lib/services/account");
    const a = await verifyCredentials("head.ioe@employers.demo", DEMO_PASSWORD, "192.0.2.20");
    const b = await verifyCredentials("head.ioe@employers.demo", DEMO_PASSWORD, "192.0.2.21");
    if (!a.ok || !b.ok) throw new Error("demo sign-in failed");
    const viewer = { ...(await viewerFor("head.ioe@employers.demo")), sessionId: a.sessionId };
    expect(await countActiveSessions(viewer)).toBe(2);
    expect(await endAllSessions(viewer)).toBe(2);
    expect(await findViewerBySession(a.sessionId)).toBeNull();
    expect(await findViewerBySession(b.sessionId)).toBeNull();
  });
});
