import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase } from "../support/app-database";
import { viewerFor } from "../support/viewers";

let cleanup: () => Promise<void>;
let db: typeof import("@/lib/db").db;
let people: typeof import("@/lib/services/admin-people");
let content: typeof import("@/lib/services/admin-content");
let invitations: typeof import("@/lib/services/invitations");
let audit: typeof import("@/lib/dal/audit-log");

beforeAll(async () => {
  cleanup = await useAppDatabase();
  ({ db } = await import("@/lib/db"));
  people = await import("@/lib/services/admin-people");
  content = await import("@/lib/services/admin-content");
  invitations = await import("@/lib/services/invitations");
  audit = await import("@/lib/dal/audit-log");
});
afterAll(async () => cleanup?.());

const delegationId = async (name: string) => (await db.delegation.findUniqueOrThrow({ where: { name } })).id;
const auditCount = () => db.auditLog.count();

describe("[admin] meetings and themes", () => {
  it("only the secretariat creates meetings and themes, each write with one audit row", async () => {
    const secretariat = await viewerFor("secretariat@ilo.demo");
    const before = await auditCount();
    const meeting = await content.createMeeting(secretariat, {
      slug: "africa-2013", kind: "REGIONAL_PREPARATORY", title: "Africa regional meeting", venue: "Addis Ababa", startsOn: "2013-06-10", endsOn: "2013-06-11",
    });
    expect(meeting).toEqual({ ok: true, value: { slug: "africa-2013" } });
    const theme = await content.createTheme(secretariat, "africa-2013", { code: "AF1", title: "Regional mobility", background: ["First paragraph.", "Second paragraph."] });
    expect(theme).toEqual({ ok: true, value: { code: "AF1" } });
    expect(await auditCount()).toBe(before + 2);

    for (const email of ["head.lk@gov.demo", "delegate.lk@gov.demo", "observer.iom@observers.demo"]) {
      const viewer = await viewerFor(email);
      expect(await content.createMeeting(viewer, { slug: `x-${email.length}`, kind: "TECHNICAL_MEETING", title: "x", venue: null, startsOn: null, endsOn: null })).toEqual({ ok: false, notFound: true });
      expect(await content.createTheme(viewer, "africa-2013", { code: "AF9", title: "x", background: [] })).toEqual({ ok: false, notFound: true });
    }
    expect(await auditCount()).toBe(before + 2);
  });

  it("refuses a duplicate slug or theme code beside the field", async () => {
    const secretariat = await viewerFor("secretariat@ilo.demo");
    expect(await content.createMeeting(secretariat, { slug: "hld-2013", kind: "TECHNICAL_MEETING", title: "dup", venue: null, startsOn: null, endsOn: null })).toEqual({
      ok: false, fieldErrors: { slug: "admin.errors.slugTaken" },
    });
    expect(await content.createTheme(secretariat, "hld-2013", { code: "RT1", title: "dup", background: [] })).toEqual({
      ok: false, fieldErrors: { code: "admin.errors.codeTaken" },
    });
  });

  it("edits background text in place: paragraph rows keep their ids, extra ones go", async () => {
    const secretariat = await viewerFor("secretariat@ilo.demo");
    const theme = await db.theme.findFirstOrThrow({ where: { code: "AF1" }, include: { paragraphs: { orderBy: { position: "asc" } } } });
    const result = await content.updateTheme(secretariat, theme.id, { code: "AF1", title: "Regional mobility", background: ["First paragraph, edited."] });
    expect(result.ok).toBe(true);
    const after = await db.themeParagraph.findMany({ where: { themeId: theme.id }, orderBy: { position: "asc" } });
    expect(after.map((p) => [p.id, p.text])).toEqual([[theme.paragraphs[0]!.id, "First paragraph, edited."]]);
  });

  it("reorders and archives themes; archived themes disappear for delegations", async () => {
    const secretariat = await viewerFor("secretariat@ilo.demo");
    const rt2 = await db.theme.findFirstOrThrow({ where: { code: "RT2" } });
    expect((await content.moveTheme(secretariat, rt2.id, "up")).ok).toBe(true);
    const order = await db.theme.findMany({ where: { meetingId: rt2.meetingId }, orderBy: { position: "asc" }, select: { code: true } });
    expect(order.map((t) => t.code)).toEqual(["RT2", "RT1", "RT3", "RT4"]);
    await content.moveTheme(secretariat, rt2.id, "down");

    const af1 = await db.theme.findFirstOrThrow({ where: { code: "AF1" } });
    await content.setThemeArchived(secretariat, af1.id, true);
    const { findThemeForViewer } = await import("@/lib/dal/meetings");
    expect(await findThemeForViewer(await viewerFor("delegate.lk@gov.demo"), "africa-2013", "AF1")).toBeNull();
    expect(await findThemeForViewer(secretariat, "africa-2013", "AF1")).not.toBeNull();
  });
});

describe("[admin] delegations and people", () => {
  it("invites a person whose one-time link sets a password and activates the account", async () => {
    const head = await viewerFor("head.lk@gov.demo");
    const lk = await delegationId("Government of Sri Lanka");
    const invited = await people.invitePerson(head, lk, { email: "new.adviser@gov.demo", name: "New Adviser", role: "ADVISER" });
    if (!invited.ok) throw new Error(JSON.stringify(invited));
    expect(await invitations.describeInvitation(invited.value.token)).toEqual({ email: "new.adviser@gov.demo", name: "New Adviser", delegation: "Government of Sri Lanka" });
    const { verifyCredentials } = await import("@/lib/auth/verify-credentials");
    expect((await verifyCredentials("new.adviser@gov.demo", "anything at all", "192.0.2.50")).ok).toBe(false);

    expect(await invitations.acceptInvitation(invited.value.token, "a brand new passphrase")).toEqual({ ok: true, email: "new.adviser@gov.demo" });
    expect(await invitations.acceptInvitation(invited.value.token, "a second passphrase")).toEqual({ ok: false });
    expect((await verifyCredentials("new.adviser@gov.demo", "a brand new passphrase", "192.0.2.50")).ok).toBe(true);
  });

  it("refuses expired and replaced invitation links", async () => {
    const secretariat = await viewerFor("secretariat@ilo.demo");
    const ph = await delegationId("Government of the Philippines");
    const first = await people.invitePerson(secretariat, ph, { email: "late@gov.demo", name: "Late Person", role: "DELEGATE" });
    if (!first.ok) throw new Error("invite failed");
    const second = await people.resendInvitation(secretariat, first.value.userId);
    if (!second.ok) throw new Error("resend failed");
    expect(await invitations.describeInvitation(first.value.token)).toBeNull();
    await db.invitation.updateMany({ where: { userId: first.value.userId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await invitations.acceptInvitation(second.value.token, "a brand new passphrase")).toEqual({ ok: false });
  });

  it.each([
    ["head.lk@gov.demo", "Government of the Philippines", "DELEGATE", { ok: false, notFound: true }],
    ["delegate.lk@gov.demo", "Government of Sri Lanka", "DELEGATE", { ok: false, notFound: true }],
    ["adviser.lk@gov.demo", "Government of Sri Lanka", "ADVISER", { ok: false, notFound: true }],
    ["observer.iom@observers.demo", "International Organization for Migration", "DELEGATE", { ok: false, notFound: true }],
    ["head.lk@gov.demo", "Government of Sri Lanka", "SECRETARIAT", { ok: false, fieldErrors: { role: "admin.errors.roleNotAllowed" } }],
    ["secretariat@ilo.demo", "Government of Sri Lanka", "SECRETARIAT", { ok: false, fieldErrors: { role: "admin.errors.roleNotAllowed" } }],
  ] as const)("%s inviting into %s as %s is refused", async (email, delegation, role, expected) => {
    const viewer = await viewerFor(email);
    const result = await people.invitePerson(viewer, await delegationId(delegation), { email: `x-${Math.random()}@gov.demo`.replace("0.", ""), name: "X", role });
    expect(result).toEqual(expected);
  });

  it("a head changes roles and deactivates only in their own delegation; deactivation ends sessions", async () => {
    const head = await viewerFor("head.lk@gov.demo");
    const adviser = await db.user.findUniqueOrThrow({ where: { email: "adviser.lk@gov.demo" } });
    const ph = await db.user.findUniqueOrThrow({ where: { email: "delegate.ph@gov.demo" } });
    expect(await people.changeRole(head, ph.id, "ADVISER")).toEqual({ ok: false, notFound: true });
    expect(await people.changeRole(head, adviser.id, "DELEGATE")).toEqual({ ok: true, value: undefined });
    await people.changeRole(head, adviser.id, "ADVISER");

    const { verifyCredentials } = await import("@/lib/auth/verify-credentials");
    const { findViewerBySession } = await import("@/lib/auth/sessions");
    const session = await verifyCredentials("adviser.lk@gov.demo", "demo-password-2013", "192.0.2.60");
    if (!session.ok) throw new Error("sign-in failed");
    expect(await people.setPersonActive(head, adviser.id, false)).toEqual({ ok: true, value: undefined });
    expect(await findViewerBySession(session.sessionId)).toBeNull();
    expect(await people.setPersonActive(head, adviser.id, true)).toEqual({ ok: true, value: undefined });
    expect(await people.setPersonActive(head, head.userId, false)).toEqual({ ok: false, notFound: true });
  });

  it("moves a delegation between groups only while it has no stances or positions", async () => {
    const secretariat = await viewerFor("secretariat@ilo.demo");
    const created = await people.createDelegation(secretariat, { name: "Government of Fiji", group: "GOVERNMENT" });
    if (!created.ok) throw new Error("create failed");
    expect(await people.updateDelegation(secretariat, created.value.id, { name: "Government of Fiji", group: "OBSERVER" })).toEqual({ ok: true, value: undefined });

    const lk = await delegationId("Government of Sri Lanka");
    const theme = await db.theme.findFirstOrThrow({ where: { code: "RT1" } });
    const head = await db.user.findUniqueOrThrow({ where: { email: "head.lk@gov.demo" } });
    await db.stance.create({ data: { themeId: theme.id, delegationId: lk, value: "SUPPORT", setById: head.id } });
    expect(await people.updateDelegation(secretariat, lk, { name: "Government of Sri Lanka", group: "EMPLOYERS" })).toEqual({
      ok: false, fieldErrors: { group: "admin.errors.groupLocked" },
    });
    expect(await people.updateDelegation(await viewerFor("head.lk@gov.demo"), lk, { name: "Renamed", group: "GOVERNMENT" })).toEqual({ ok: false, notFound: true });
  });
});

describe("[admin] audit log viewer", () => {
  it("shows the secretariat admin events, a head only their delegation's, others nothing", async () => {
    const secretariatView = await audit.listAuditEntriesForViewer(await viewerFor("secretariat@ilo.demo"), {});
    expect(secretariatView?.rows.map((r) => r.action)).toEqual(expect.arrayContaining(["meeting.create", "theme.create", "user.invite"]));

    const lkId = await delegationId("Government of Sri Lanka");
    const headView = await audit.listAuditEntriesForViewer(await viewerFor("head.lk@gov.demo"), {});
    expect(headView?.rows.length).toBeGreaterThan(0);
    const rows = await db.auditLog.findMany({ where: { id: { in: headView!.rows.map((r) => r.id) } }, select: { delegationId: true } });
    expect(rows.every((r) => r.delegationId === lkId)).toBe(true);

    expect(await audit.listAuditEntriesForViewer(await viewerFor("delegate.lk@gov.demo"), {})).toBeNull();
    expect(await audit.listAuditEntriesForViewer(await viewerFor("observer.iom@observers.demo"), {})).toBeNull();
  });

  it("filters by actor and entity type and pages by id", async () => {
    const secretariat = await viewerFor("secretariat@ilo.demo");
    const byActor = await audit.listAuditEntriesForViewer(secretariat, { actorEmail: "head.lk@gov.demo", entityType: "User" });
    expect(byActor!.rows.length).toBeGreaterThan(0);
    expect(byActor!.rows.every((r) => r.actor?.email === "head.lk@gov.demo" && r.entityType === "User")).toBe(true);
    const first = await audit.listAuditEntriesForViewer(secretariat, {}, 2);
    const second = await audit.listAuditEntriesForViewer(secretariat, { before: first!.nextBefore! }, 2);
    expect(second!.rows[0]!.id < first!.rows[1]!.id).toBe(true);
  });
});

describe("[audit] refused attempts", () => {
  it("a refused write leaves an authz.refused row the secretariat and the person's head can read", async () => {
    const { refusalState } = await import("@/lib/audit-refusal");
    const delegate = await viewerFor("delegate.lk@gov.demo");
    const state = await refusalState(delegate, "admin.saveMeeting", { ok: false, notFound: true }, { title: "typed" });
    expect(state).toEqual({ formError: "admin.errors.notFound", values: { title: "typed" } });
    const row = await db.auditLog.findFirst({ where: { action: "authz.refused", actorId: delegate.userId }, orderBy: { id: "desc" } });
    expect(row?.summary).toEqual({ attempted: "admin.saveMeeting" });
    const secretariatView = await audit.listAuditEntriesForViewer(await viewerFor("secretariat@ilo.demo"), { entityType: "Unknown" });
    expect(secretariatView!.rows.some((r) => r.id === row!.id)).toBe(true);
    const headView = await audit.listAuditEntriesForViewer(await viewerFor("head.lk@gov.demo"), {});
    expect(headView!.rows.some((r) => r.id === row!.id)).toBe(true);
  });
});
