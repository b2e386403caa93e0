// Follow-up actions against a real database: what can be created and by whom, the
// list's filters and visibility (counts included), stale edits and status moves,
// history, notifications, the CSV export and the calendar feed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { useAppDatabase } from "../support/app-database";
import { viewerFor } from "../support/viewers";

let db: typeof import("@/lib/db").db;
let dal: typeof import("@/lib/dal/actions");
let write: typeof import("@/lib/dal/actions-write");
let exporter: typeof import("@/lib/dal/actions-export");
let calendar: typeof import("@/lib/dal/actions-calendar");
let parseActionFilters: typeof import("@/lib/follow-up/filters").parseActionFilters;
let createTranslator: typeof import("@/lib/i18n/translator").createTranslator;
let cleanup: () => Promise<void>;

let headLk: Viewer, delegateLk: Viewer, adviserLk: Viewer, delegatePh: Viewer, headIoe: Viewer, observer: Viewer, secretariat: Viewer;
let rt4: { id: string; meetingId: string };
let ttmMeetingId: string;

beforeAll(async () => {
  cleanup = await useAppDatabase();
  ({ db } = await import("@/lib/db"));
  dal = await import("@/lib/dal/actions");
  write = await import("@/lib/dal/actions-write");
  exporter = await import("@/lib/dal/actions-export");
  calendar = await import("@/lib/dal/actions-calendar");
  ({ parseActionFilters } = await import("@/lib/follow-up/filters"));
  ({ createTranslator } = await import("@/lib/i18n/translator"));
  [headLk, delegateLk, adviserLk, delegatePh, headIoe, observer, secretariat] = await Promise.all([
    viewerFor("head.lk@gov.demo"),
    viewerFor("delegate.lk@gov.demo"),
    viewerFor("adviser.lk@gov.demo"),
    viewerFor("delegate.ph@gov.demo"),
    viewerFor("head.ioe@employers.demo"),
    viewerFor("observer.iom@observers.demo"),
    viewerFor("secretariat@ilo.demo"),
  ]);
  rt4 = await db.theme.findFirstOrThrow({ where: { code: "RT4", meeting: { slug: "hld-2013" } }, select: { id: true, meetingId: true } });
  ttmMeetingId = (await db.meeting.findUniqueOrThrow({ where: { slug: "ttm-2013" }, select: { id: true } })).id;
});
afterAll(async () => cleanup?.());

const base = { description: "", priority: "MEDIUM" as const };

async function create(viewer: Viewer, input: Partial<Parameters<typeof write.createActionForViewer>[1]> & { title: string }) {
  const result = await write.createActionForViewer(viewer, { ...base, scope: "DELEGATION", ...input });
  if (!result.ok) throw new Error(`create failed: ${JSON.stringify(result)}`);
  return result.value.id;
}

async function readStream(stream: ReadableStream<Uint8Array>): Promise<string> {
  // Keep the BOM: it is part of what is checked.
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

describe("[actions] creating", () => {
  it("links a theme and derives its meeting, tells the assignee, records history and audit", async () => {
    const id = await create(headLk, { title: "Draft our RT4 statement", scope: "GROUP", themeId: rt4.id, assigneeId: delegatePh.userId, dueOn: "2013-09-30" });
    const row = await db.followUpAction.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ themeId: rt4.id, meetingId: rt4.meetingId, group: "GOVERNMENT", delegationId: headLk.delegation!.id, creatorId: headLk.userId, status: "OPEN", version: 1 });
    const notification = await db.notification.findFirstOrThrow({ where: { userId: delegatePh.userId, kind: "action.assigned" }, orderBy: { createdAt: "desc" } });
    expect(notification.href).toBe(`/actions/${id}`);
    expect(notification.payload).toEqual({ key: "actions.notifications.assigned", values: { title: "Draft our RT4 statement", by: "Government of Sri Lanka — Nimal Perera" } });
    // The key exists in every catalog, so the reader sees a sentence, not a key.
    expect(createTranslator("fr").tKnown("actions.notifications.assigned", "notifications.title", { title: "x", by: "y" })).toBe("y vous a attribué « x »");
    expect(await db.actionEvent.count({ where: { actionId: id, kind: "created" } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: id, action: "action.create", actorId: headLk.userId } })).toBe(1);
  });

  it("does not notify someone who assigns an action to themselves", async () => {
    const before = await db.notification.count({ where: { userId: delegateLk.userId } });
    await create(delegateLk, { title: "Self-assigned", assigneeId: delegateLk.userId });
    expect(await db.notification.count({ where: { userId: delegateLk.userId } })).toBe(before);
  });

  it("keeps assignees within the delegation or the group, and active", async () => {
    const outsideDelegation = await write.createActionForViewer(delegateLk, { ...base, title: "x", scope: "DELEGATION", assigneeId: delegatePh.userId });
    expect(outsideDelegation).toEqual({ ok: false, reason: "invalid", fieldErrors: { assigneeId: "actions.errors.assigneeNotInDelegation" } });
    const outsideGroup = await write.createActionForViewer(delegateLk, { ...base, title: "x", scope: "GROUP", assigneeId: headIoe.userId });
    expect(outsideGroup).toEqual({ ok: false, reason: "invalid", fieldErrors: { assigneeId: "actions.errors.assigneeNotInGroup" } });
    const secretariatAssignee = await write.createActionForViewer(delegateLk, { ...base, title: "x", scope: "GROUP", assigneeId: secretariat.userId });
    expect(secretariatAssignee.ok).toBe(false);
    await db.user.update({ where: { id: adviserLk.userId }, data: { active: false } });
    const inactive = await write.createActionForViewer(delegateLk, { ...base, title: "x", scope: "DELEGATION", assigneeId: adviserLk.userId });
    await db.user.update({ where: { id: adviserLk.userId }, data: { active: true } });
    expect(inactive.ok).toBe(false);
    expect((await write.createActionForViewer(delegateLk, { ...base, title: "x", scope: "GROUP", assigneeId: delegatePh.userId })).ok).toBe(true);
  });

  it("lets neither advisers nor the secretariat create, and keeps observers to their delegation", async () => {
    expect(await write.createActionForViewer(adviserLk, { ...base, title: "x", scope: "DELEGATION" })).toEqual({ ok: false, reason: "forbidden" });
    expect(await write.createActionForViewer(secretariat, { ...base, title: "x", scope: "DELEGATION" })).toEqual({ ok: false, reason: "forbidden" });
    expect(await write.createActionForViewer(observer, { ...base, title: "x", scope: "GROUP" })).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { scope: "actions.errors.groupScopeObserver" },
    });
    expect((await write.createActionForViewer(observer, { ...base, title: "x", scope: "DELEGATION" })).ok).toBe(true);
  });

  it("refuses a theme of another meeting, an unknown theme, and a note the creator cannot read", async () => {
    expect(await write.createActionForViewer(delegateLk, { ...base, title: "x", scope: "DELEGATION", themeId: rt4.id, meetingId: ttmMeetingId })).toMatchObject({
      fieldErrors: { themeId: "actions.errors.themeNotInMeeting" },
    });
    expect(await write.createActionForViewer(delegateLk, { ...base, title: "x", scope: "DELEGATION", themeId: "00000000-0000-4000-8000-000000000000" })).toMatchObject({
      fieldErrors: { themeId: "actions.errors.invalidChoice" },
    });
    const ioeNote = await db.annotation.create({
      data: { themeId: rt4.id, authorId: headIoe.userId, delegationId: headIoe.delegation!.id, group: "EMPLOYERS", scope: "DELEGATION", body: "Employers only" },
    });
    expect(await write.createActionForViewer(delegateLk, { ...base, title: "x", scope: "DELEGATION", annotationId: ioeNote.id })).toMatchObject({
      fieldErrors: { annotationId: "actions.errors.noteNotFound" },
    });
    expect(await dal.findNoteForNewAction(delegateLk, ioeNote.id)).toBeNull();
  });

  it("makes an action from a note ('Make this an action'), linking back only for those who may read the note", async () => {
    const note = await db.annotation.create({
      data: {
        themeId: rt4.id,
        authorId: delegateLk.userId,
        delegationId: delegateLk.delegation!.id,
        group: "GOVERNMENT",
        scope: "DELEGATION",
        body: "Check **C189** ratification",
        quoteExact: "Domestic Workers Convention",
      },
    });
    expect(await dal.findNoteForNewAction(delegateLk, note.id)).toMatchObject({ themeId: rt4.id, meetingId: rt4.meetingId, quote: "Domestic Workers Convention" });
    const id = await create(delegateLk, { title: "From a note", scope: "GROUP", annotationId: note.id, assigneeId: delegatePh.userId });
    expect(await db.followUpAction.findUniqueOrThrow({ where: { id }, select: { themeId: true, annotationId: true } })).toEqual({ themeId: rt4.id, annotationId: note.id });
    expect((await dal.findActionForViewer(delegateLk, id))?.note).toMatchObject({ id: note.id, href: expect.stringContaining(note.id) });
    // The Philippines see the group action but not Sri Lanka's delegation note behind it.
    const forPh = await dal.findActionForViewer(delegatePh, id);
    expect(forPh).not.toBeNull();
    expect(forPh?.note).toBeNull();
  });
});

describe("[actions] list, filters and visibility", () => {
  let ids: Record<string, string>;
  beforeAll(async () => {
    // A group of its own (workers), so the other tests' government actions do not interfere.
    const canada = await db.delegation.findUniqueOrThrow({ where: { name: "Public Services International" }, select: { id: true } });
    await db.user.createMany({
      data: [
        { email: "head.ca@list.test", name: "Head CA", role: "HEAD_OF_DELEGATION", delegationId: canada.id, passwordHash: "unused" },
        { email: "delegate.ca@list.test", name: "Delegate CA", role: "DELEGATE", delegationId: canada.id, passwordHash: "unused" },
      ],
    });
    const [ca, caDelegate] = await Promise.all([viewerFor("head.ca@list.test"), viewerFor("delegate.ca@list.test")]);
    ids = {
      overdue: await create(ca, { title: "Overdue", assigneeId: ca.userId, dueOn: "2000-01-10", priority: "HIGH" }),
      later: await create(ca, { title: "Later", assigneeId: ca.userId, dueOn: "2099-01-01", themeId: rt4.id }),
      unassigned: await create(ca, { title: "Unassigned", priority: "LOW" }),
      other: await create(ca, { title: "Other person", assigneeId: caDelegate.userId, dueOn: "2050-05-05" }),
      done: await create(ca, { title: "Finished", assigneeId: ca.userId }),
    };
    await write.changeActionStatusForViewer(ca, { id: ids.done!, fromStatus: "OPEN", status: "IN_PROGRESS" });
    await write.changeActionStatusForViewer(ca, { id: ids.done!, fromStatus: "IN_PROGRESS", status: "DONE" });
  });

  const titles = async (email: string, query: string) => {
    const viewer = await viewerFor(email);
    const page = await dal.listActionsForViewer(viewer, parseActionFilters(new URLSearchParams(query)));
    return { titles: page.rows.map((r) => r.title), total: page.total };
  };

  it("shows my unfinished actions by default, soonest due first", async () => {
    expect(await titles("head.ca@list.test", "")).toEqual({ titles: ["Overdue", "Later"], total: 2 });
  });

  it("filters by assignee, status, theme, meeting, priority, due date and overdue", async () => {
    const only = (query: string) => titles("head.ca@list.test", query).then((r) => r.titles);
    expect(await only("assignee=any")).toEqual(["Overdue", "Other person", "Later", "Unassigned"]);
    expect(await only("assignee=none")).toEqual(["Unassigned"]);
    expect(await only("assignee=any&status=all")).toContain("Finished");
    expect(await only("status=DONE")).toEqual(["Finished"]);
    expect(await only(`assignee=any&theme=${rt4.id}`)).toEqual(["Later"]);
    expect(await only(`assignee=any&meeting=${rt4.meetingId}`)).toEqual(["Later"]);
    expect(await only("assignee=any&priority=HIGH")).toEqual(["Overdue"]);
    expect(await only("assignee=any&dueBefore=2050-05-05")).toEqual(["Overdue", "Other person"]);
    expect(await only("assignee=any&overdue=1")).toEqual(["Overdue"]);
    expect(await only("assignee=any&sort=title&dir=desc")).toEqual(["Unassigned", "Overdue", "Other person", "Later"]);
  });

  it("pages with a total order", async () => {
    const viewer = await viewerFor("head.ca@list.test");
    const filters = parseActionFilters({ assignee: "any", status: "all" });
    const pages = await Promise.all([1, 2, 3].map((page) => dal.listActionsForViewer(viewer, { ...filters, page }, { pageSize: 2 })));
    expect(pages[0]!.total).toBe(5);
    expect(pages[0]!.pageCount).toBe(3);
    expect(new Set(pages.flatMap((p) => p.rows.map((r) => r.id))).size).toBe(5);
  });

  it("hides another delegation's actions, rows and counts alike, and gives the secretariat none", async () => {
    for (const email of ["head.lk@gov.demo", "head.ioe@employers.demo", "secretariat@ilo.demo"]) {
      const { titles: seen } = await titles(email, "assignee=any&status=all");
      expect(seen).not.toContain("Overdue");
      expect(seen).not.toContain("Later");
    }
    expect((await titles("secretariat@ilo.demo", "assignee=any&status=all")).total).toBe(0);
    expect(await dal.findActionForViewer(headLk, ids.overdue!)).toBeNull();
    expect(await dal.listThemeActionsForViewer(headLk, rt4.id).then((r) => r.rows.map((x) => x.title))).not.toContain("Later");
    // GROUP actions of the governments never reach the employers, counts included.
    expect((await titles("head.ioe@employers.demo", "assignee=any&status=all")).titles).not.toContain("Draft our RT4 statement");
    expect(await dal.listThemeActionsForViewer(headIoe, rt4.id)).toMatchObject({ total: expect.any(Number) });
    expect((await dal.listThemeActionsForViewer(headIoe, rt4.id)).rows.map((r) => r.title)).not.toContain("Draft our RT4 statement");
  });

  it("summarises my open, overdue and due-this-week actions for the home page", async () => {
    const viewer = await viewerFor("head.ca@list.test");
    const soon = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    await create(viewer, { title: "Due soon", assigneeId: viewer.userId, dueOn: soon });
    const summary = await dal.summariseMyActions(viewer);
    expect(summary).toMatchObject({ open: 3, overdue: 1, dueThisWeek: 1 });
    expect(summary.rows.map((r) => r.title)).toEqual(["Overdue", "Due soon", "Later"]);
    expect(summary.rows[0]).toMatchObject({ overdue: true, dueThisWeek: false });
    expect(summary.rows[1]).toMatchObject({ overdue: false, dueThisWeek: true });
  });

  it("puts every card of the board in its status column, with counts", async () => {
    const viewer = await viewerFor("head.ca@list.test");
    const board = await dal.listBoardForViewer(viewer, parseActionFilters({ assignee: "any" }));
    const column = (status: string) => board.columns.find((c) => c.status === status)!;
    expect(column("OPEN").rows.map((r) => r.title)).toContain("Overdue");
    expect(column("DONE").rows.map((r) => r.title)).toEqual(["Finished"]);
    expect(column("DONE").total).toBe(1);
    expect(board.movable.has(ids.done!)).toBe(true);
    expect((await dal.listBoardForViewer(headIoe, parseActionFilters({ assignee: "any" }))).columns.flatMap((c) => c.rows).map((r) => r.title)).not.toContain("Finished");
  });
});

describe("[actions] changes, conflicts and history", () => {
  it("refuses an edit from an older version and shows what is stored now", async () => {
    const id = await create(delegateLk, { title: "Original", assigneeId: headLk.userId, dueOn: "2013-10-01" });
    const edit = { ...base, id, version: 1, assigneeId: headLk.userId, dueOn: "2013-10-01" };
    expect(await write.updateActionForViewer(headLk, { ...edit, title: "Head's title" })).toEqual({ ok: true, value: { version: 2 } });
    const stale = await write.updateActionForViewer(delegateLk, { ...edit, title: "Delegate's title", dueOn: "2013-10-20" });
    expect(stale).toMatchObject({ ok: false, reason: "conflict", current: { version: 2, title: "Head's title", dueOn: "2013-10-01" } });
    expect((await db.followUpAction.findUniqueOrThrow({ where: { id } })).title).toBe("Head's title");
    // Re-saved from the version now stored, it goes through.
    expect(await write.updateActionForViewer(delegateLk, { ...edit, version: 2, title: "Delegate's title" })).toEqual({ ok: true, value: { version: 3 } });
  });

  it("lets exactly one of two simultaneous saves of the same version through", async () => {
    const id = await create(delegateLk, { title: "Race", assigneeId: headLk.userId });
    const edit = { ...base, id, version: 1, assigneeId: headLk.userId };
    const results = await Promise.all([
      write.updateActionForViewer(headLk, { ...edit, title: "First" }),
      write.updateActionForViewer(delegateLk, { ...edit, title: "Second" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "conflict")).toHaveLength(1);
    expect(await db.actionEvent.count({ where: { actionId: id, kind: "updated" } })).toBe(1);
  });

  it("moves status only along allowed paths, asks a reason to block, and refuses a stale move", async () => {
    const id = await create(delegateLk, { title: "Status walk", assigneeId: delegateLk.userId });
    expect(await write.changeActionStatusForViewer(delegateLk, { id, fromStatus: "OPEN", status: "DONE" })).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { status: "actions.errors.illegalTransition" },
    });
    expect(await write.changeActionStatusForViewer(delegateLk, { id, fromStatus: "OPEN", status: "BLOCKED" })).toMatchObject({
      fieldErrors: { blockedReason: "actions.errors.reasonRequired" },
    });
    expect((await write.changeActionStatusForViewer(delegateLk, { id, fromStatus: "OPEN", status: "BLOCKED", blockedReason: "Waiting for the ministry" })).ok).toBe(true);
    expect(await write.changeActionStatusForViewer(headLk, { id, fromStatus: "OPEN", status: "IN_PROGRESS" })).toMatchObject({
      ok: false,
      reason: "conflict",
      current: { status: "BLOCKED", blockedReason: "Waiting for the ministry" },
    });
    expect((await write.changeActionStatusForViewer(headLk, { id, fromStatus: "BLOCKED", status: "IN_PROGRESS" })).ok).toBe(true);
    const row = await db.followUpAction.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "IN_PROGRESS", blockedReason: null, version: 3 });
    const detail = await dal.findActionForViewer(delegateLk, id);
    expect(detail?.events.map((e) => [e.kind, e.actor.name])).toEqual([
      ["created", "Anusha Fernando"],
      ["status", "Anusha Fernando"],
      ["status", "Nimal Perera"],
    ]);
    expect(detail?.events[2]!.changes).toEqual({
      status: { before: "BLOCKED", after: "IN_PROGRESS" },
      blockedReason: { before: "Waiting for the ministry", after: null },
    });
  });

  it("records reassignment with before and after, and tells the new assignee", async () => {
    const id = await create(delegateLk, { title: "Reassign me", scope: "GROUP", assigneeId: delegateLk.userId });
    const result = await write.updateActionForViewer(delegateLk, { ...base, id, version: 1, title: "Reassign me", assigneeId: delegatePh.userId });
    expect(result.ok).toBe(true);
    const event = await db.actionEvent.findFirstOrThrow({ where: { actionId: id, kind: "updated" } });
    expect(event.changes).toEqual({ assigneeId: { before: delegateLk.userId, after: delegatePh.userId } });
    expect(await db.notification.count({ where: { userId: delegatePh.userId, href: `/actions/${id}` } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: id, action: "action.reassign" } })).toBe(1);
  });

  it("makes a deleted action disappear for everyone", async () => {
    const id = await create(delegateLk, { title: "Soon gone" });
    expect((await write.deleteActionForViewer(delegateLk, { id })).ok).toBe(true);
    expect(await dal.findActionForViewer(delegateLk, id)).toBeNull();
    expect(await dal.findActionForViewer(headLk, id)).toBeNull();
    expect(await write.addActionCommentForViewer(headLk, { actionId: id, body: "late" })).toEqual({ ok: false, reason: "notFound" });
    expect(await db.actionEvent.count({ where: { actionId: id, kind: "deleted" } })).toBe(1);
  });
});

describe("[actions] CSV export", () => {
  it("exports what the filters show, with formulas neutralised, and nothing the viewer may not see", async () => {
    await create(delegateLk, { title: "=cmd|' /C calc'!A0", assigneeId: headLk.userId, priority: "HIGH" });
    const t = createTranslator("en");
    const filters = parseActionFilters({ assignee: "any", status: "all", priority: "HIGH" });
    const csv = await readStream(exporter.exportActionsCsv(delegateLk, filters, t, "https://example.org"));
    expect(csv.startsWith("\uFEFFTitle,Status,Priority,Due date,")).toBe(true);
    expect(csv).toContain("'=cmd|' /C calc'!A0,Open,High,");
    expect(csv.endsWith("\r\n")).toBe(true);
    const page = await dal.listActionsForViewer(delegateLk, filters, { pageSize: 1000 });
    expect(csv.trimEnd().split("\r\n")).toHaveLength(page.total + 1);
    const ioe = await readStream(exporter.exportActionsCsv(headIoe, parseActionFilters({ assignee: "any", status: "all" }), t, "https://example.org"));
    expect(ioe).not.toContain("calc");
    expect(ioe).not.toContain("Draft our RT4 statement");
  });
});

describe("[actions] calendar feed", () => {
  it("stores only the token's hash, serves the owner's due dates without a session, and stops when revoked", async () => {
    const id = await create(headLk, { title: "Feed item; with, commas", scope: "GROUP", assigneeId: delegatePh.userId, dueOn: "2013-09-28", priority: "HIGH" });
    await create(headLk, { title: "No due date", scope: "GROUP", assigneeId: delegatePh.userId });
    const token = (await calendar.issueCalendarFeedToken(delegatePh))!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await db.calendarFeedToken.findFirstOrThrow({ where: { userId: delegatePh.userId, revokedAt: null } });
    expect(stored.tokenHash).toBe(calendar.hashFeedToken(token));
    expect(stored.tokenHash).not.toContain(token);

    const feed = (await calendar.calendarFeedForToken(token, "https://example.org"))!;
    const unfolded = feed.replace(/\r\n /g, "");
    expect(unfolded).toContain(`UID:action-${id}@example.org`);
    expect(unfolded).toContain("SUMMARY:Feed item\\; with\\, commas");
    expect(unfolded).toContain("DTSTART;VALUE=DATE:20130928");
    expect(unfolded).not.toContain("No due date");
    expect(unfolded).not.toContain("Self-assigned");

    // Finished actions leave the feed.
    await write.changeActionStatusForViewer(delegatePh, { id, fromStatus: "OPEN", status: "IN_PROGRESS" });
    await write.changeActionStatusForViewer(delegatePh, { id, fromStatus: "IN_PROGRESS", status: "DONE" });
    expect(await calendar.calendarFeedForToken(token, "https://example.org")).not.toContain(id);

    // A new token replaces the old one; revoking ends both; so does deactivation.
    const second = (await calendar.issueCalendarFeedToken(delegatePh))!;
    expect(await calendar.calendarFeedForToken(token, "https://example.org")).toBeNull();
    expect(await calendar.calendarFeedForToken(second, "https://example.org")).toContain("BEGIN:VCALENDAR");
    await db.user.update({ where: { id: delegatePh.userId }, data: { active: false } });
    expect(await calendar.calendarFeedForToken(second, "https://example.org")).toBeNull();
    await db.user.update({ where: { id: delegatePh.userId }, data: { active: true } });
    expect(await calendar.revokeCalendarFeedTokens(delegatePh)).toBe(1);
    expect(await calendar.calendarFeedForToken(second, "https://example.org")).toBeNull();
    expect(await calendar.calendarFeedForToken("not-a-token", "https://example.org")).toBeNull();
    expect(await db.auditLog.count({ where: { actorId: delegatePh.userId, action: { startsWith: "calendar_feed." } } })).toBe(3);
  });

  it("shows the employers' feed nothing of the governments' group actions", async () => {
    const token = (await calendar.issueCalendarFeedToken(headIoe))!;
    const feed = (await calendar.calendarFeedForToken(token, "https://example.org"))!;
    expect(feed).not.toContain("VEVENT");
    expect(await calendar.issueCalendarFeedToken(secretariat)).toBeNull();
  });
});
