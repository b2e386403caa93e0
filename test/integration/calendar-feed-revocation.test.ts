import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase } from "../support/app-database";
import { viewerFor } from "../support/viewers";
import type { Viewer } from "@/lib/auth/viewer";

// Issue 10, finding 5: a calendar feed token is a credential, so the security events
// that end sessions or change what a person may see revoke it, in their own
// transaction — and reactivating the person (or delegation) does not bring it back.
// Each case opens a feed as a freshly joined person, checks it serves, then replays
// the event and asks the feed again exactly as the route handler does.

const PASSWORD = "a long passphrase for the feed";
let cleanup: () => Promise<void>;
beforeAll(async () => {
  cleanup = await useAppDatabase();
});
afterAll(async () => cleanup?.());

async function app() {
  return {
    db: (await import("@/lib/db")).db,
    calendar: await import("@/lib/dal/actions-calendar"),
    people: await import("@/lib/services/admin-people"),
    invitations: await import("@/lib/services/invitations"),
    account: await import("@/lib/services/account"),
    credentials: await import("@/lib/auth/verify-credentials"),
    sessions: await import("@/lib/auth/sessions"),
  };
}

/** A new member of `delegationId`, joined and signed in, with a working feed token. */
async function personWithFeed(inviter: Viewer, delegationId: string) {
  const a = await app();
  const email = `feed-${randomUUID().slice(0, 8)}@gov.demo`;
  const invited = await a.people.invitePerson(inviter, delegationId, { email, name: `Feed ${email}`, role: "DELEGATE" });
  if (!invited.ok) throw new Error(`invite failed: ${JSON.stringify(invited)}`);
  expect((await a.invitations.acceptInvitation(invited.value.token, PASSWORD)).ok).toBe(true);
  const signedIn = await a.credentials.verifyCredentials(email, PASSWORD, "192.0.2.40");
  if (!signedIn.ok) throw new Error("sign-in failed");
  const viewer = (await a.sessions.findViewerBySession(signedIn.sessionId))!;
  const token = (await a.calendar.issueCalendarFeedToken(viewer))!;
  expect(await feed(token), "the feed serves before the event").toContain("BEGIN:VCALENDAR");
  return { viewer, token, userId: invited.value.userId };
}

async function feed(token: string) {
  return (await app()).calendar.calendarFeedForToken(token, "http://localhost");
}

describe("[calendar] feed tokens end with the security events", () => {
  it("a password change revokes the feed", async () => {
    const { viewer, token } = await personWithFeed(await viewerFor("head.lk@gov.demo"), (await viewerFor("head.lk@gov.demo")).delegation!.id);
    const changed = await (await app()).account.changePassword(viewer, { currentPassword: PASSWORD, newPassword: "another long passphrase", confirmPassword: "another long passphrase" }, { address: "192.0.2.54", deviceTokens: [] });
    expect(changed).toEqual({ ok: true });
    expect(await feed(token)).toBeNull();
  });

  it("signing out everywhere revokes the feed", async () => {
    const head = await viewerFor("head.lk@gov.demo");
    const { viewer, token } = await personWithFeed(head, head.delegation!.id);
    await (await app()).account.endAllSessions(viewer);
    expect(await feed(token)).toBeNull();
  });

  it("deactivation revokes the feed, and reactivation does not bring it back", async () => {
    const a = await app();
    const head = await viewerFor("head.lk@gov.demo");
    const { token, userId } = await personWithFeed(head, head.delegation!.id);
    expect(await a.people.setPersonActive(head, userId, false)).toEqual({ ok: true, value: undefined });
    expect(await feed(token)).toBeNull();
    expect(await a.people.setPersonActive(head, userId, true)).toEqual({ ok: true, value: undefined });
    expect(await feed(token)).toBeNull();
    const row = await a.db.calendarFeedToken.findFirstOrThrow({ where: { userId } });
    expect(row.revokedAt, "revoked in the database, not merely filtered while inactive").not.toBeNull();
  });

  it("deactivating the delegation revokes its members' feeds for good", async () => {
    const a = await app();
    const secretariat = await viewerFor("secretariat@ilo.demo");
    const created = await a.people.createDelegation(secretariat, { name: `Feed delegation ${randomUUID().slice(0, 8)}`, group: "GOVERNMENT" });
    if (!created.ok) throw new Error("delegation");
    const { token } = await personWithFeed(secretariat, created.value.id);
    const other = await personWithFeed(await viewerFor("head.lk@gov.demo"), (await viewerFor("head.lk@gov.demo")).delegation!.id);
    await a.people.setDelegationActive(secretariat, created.value.id, false);
    expect(await feed(token)).toBeNull();
    await a.people.setDelegationActive(secretariat, created.value.id, true);
    expect(await feed(token)).toBeNull();
    expect(await feed(other.token), "other delegations' feeds are untouched").toContain("BEGIN:VCALENDAR");
  });

  it("a role change revokes the feed; a save that keeps the role does not", async () => {
    const a = await app();
    const head = await viewerFor("head.lk@gov.demo");
    const { token, userId } = await personWithFeed(head, head.delegation!.id);
    expect(await a.people.changeRole(head, userId, "DELEGATE")).toEqual({ ok: true, value: undefined });
    expect(await feed(token)).toContain("BEGIN:VCALENDAR");
    expect(await a.people.changeRole(head, userId, "ADVISER")).toEqual({ ok: true, value: undefined });
    expect(await feed(token)).toBeNull();
  });

  it("moving the delegation to another group revokes its members' feeds", async () => {
    const a = await app();
    const secretariat = await viewerFor("secretariat@ilo.demo");
    const name = `Moving delegation ${randomUUID().slice(0, 8)}`;
    const created = await a.people.createDelegation(secretariat, { name, group: "GOVERNMENT" });
    if (!created.ok) throw new Error("delegation");
    const { token } = await personWithFeed(secretariat, created.value.id);
    expect(await a.people.updateDelegation(secretariat, created.value.id, { name, group: "GOVERNMENT" })).toEqual({ ok: true, value: undefined });
    expect(await feed(token), "a rename alone leaves the feed").toContain("BEGIN:VCALENDAR");
    expect(await a.people.updateDelegation(secretariat, created.value.id, { name, group: "EMPLOYERS" })).toEqual({ ok: true, value: undefined });
    expect(await feed(token)).toBeNull();
  });

  it("the person can issue a new feed after reactivation; only the old URL stays dead", async () => {
    const a = await app();
    const head = await viewerFor("head.lk@gov.demo");
    const { token, userId } = await personWithFeed(head, head.delegation!.id);
    await a.people.setPersonActive(head, userId, false);
    await a.people.setPersonActive(head, userId, true);
    const signedIn = await a.credentials.verifyCredentials((await a.db.user.findUniqueOrThrow({ where: { id: userId } })).email, PASSWORD, "192.0.2.41");
    if (!signedIn.ok) throw new Error("sign-in after reactivation failed");
    const viewer = (await a.sessions.findViewerBySession(signedIn.sessionId))!;
    const fresh = (await a.calendar.issueCalendarFeedToken(viewer))!;
    expect(await feed(fresh)).toContain("BEGIN:VCALENDAR");
    expect(await feed(token)).toBeNull();
  });
});
