import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase } from "../support/app-database";
import { viewerFor } from "../support/viewers";
import type { Viewer } from "@/lib/auth/viewer";
import type { Scope } from "@/lib/generated/prisma/enums";

// What happens when notes are written: limits, observers and the secretariat,
// threads and their notifications, editing with history and conflicts, moderation,
// re-anchoring after the text changes, and the counts on the meeting page.

let db: typeof import("@/lib/db").db;
let notes: typeof import("@/lib/services/annotations-notes");
let replies: typeof import("@/lib/services/annotations-replies");
let dal: typeof import("@/lib/dal/annotations");
let cleanup: () => Promise<void>;
let lk: Viewer, adviser: Viewer, headLk: Viewer, ph: Viewer, ioe: Viewer, observer: Viewer, secretariat: Viewer;
let rt2: Awaited<ReturnType<typeof loadTheme>>;
let rt3: Awaited<ReturnType<typeof loadTheme>>;

async function loadTheme(code: string) {
  return db.theme.findFirstOrThrow({
    where: { code, meeting: { slug: "hld-2013" } },
    select: { id: true, code: true, meeting: { select: { slug: true } }, paragraphs: { orderBy: { position: "asc" }, select: { id: true, position: true, text: true } } },
  });
}

beforeAll(async () => {
  cleanup = await useAppDatabase();
  ({ db } = await import("@/lib/db"));
  notes = await import("@/lib/services/annotations-notes");
  replies = await import("@/lib/services/annotations-replies");
  dal = await import("@/lib/dal/annotations");
  lk = await viewerFor("delegate.lk@gov.demo");
  adviser = await viewerFor("adviser.lk@gov.demo");
  headLk = await viewerFor("head.lk@gov.demo");
  ph = await viewerFor("delegate.ph@gov.demo");
  ioe = await viewerFor("head.ioe@employers.demo");
  observer = await viewerFor("observer.iom@observers.demo");
  secretariat = await viewerFor("secretariat@ilo.demo");
  rt2 = await loadTheme("RT2");
  rt3 = await loadTheme("RT3");
});
afterAll(async () => cleanup?.());

function passage(theme: typeof rt2, position: number, text: string) {
  const p = theme.paragraphs.find((x) => x.position === position)!;
  const start = p.text.indexOf(text);
  if (start < 0) throw new Error(`"${text}" not in paragraph ${position}`);
  return { paragraphId: p.id, start, end: start + text.length, quote: text };
}

async function write(viewer: Viewer, scope: Scope, body: string, extra: Record<string, unknown> = {}) {
  const result = await notes.createAnnotation(viewer, { themeId: rt2.id, body, scope, tags: "", anchor: null, ...extra });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value.id;
}

describe("[annotations] limits and who may write", () => {
  const base = () => ({ themeId: rt2.id, scope: "DELEGATION", tags: "", anchor: null });

  it("refuses an empty or over-long body, too many or too long tags, and an over-long quote, field by field", async () => {
    expect(await notes.createAnnotation(lk, { ...base(), body: "   " })).toEqual({ ok: false, fieldErrors: { body: "annotations.errors.bodyRequired" } });
    expect(await notes.createAnnotation(lk, { ...base(), body: "x".repeat(10_001) })).toEqual({
      ok: false,
      fieldErrors: { body: "annotations.errors.bodyTooLong" },
    });
    expect(await notes.createAnnotation(lk, { ...base(), body: "x".repeat(10_000) })).toMatchObject({ ok: true });
    const tags = Array.from({ length: 21 }, (_, i) => `tag${i}`).join(",");
    expect(await notes.createAnnotation(lk, { ...base(), body: "ok", tags })).toEqual({ ok: false, fieldErrors: { tags: "annotations.errors.tooManyTags" } });
    expect(await notes.createAnnotation(lk, { ...base(), body: "ok", tags: "y".repeat(65) })).toEqual({
      ok: false,
      fieldErrors: { tags: "annotations.errors.tagTooLong" },
    });
    const p = rt2.paragraphs[0]!;
    const long = { paragraphId: p.id, start: 0, end: 2001, quote: "q".repeat(2001) };
    expect(await notes.createAnnotation(lk, { ...base(), body: "ok", anchor: long })).toEqual({
      ok: false,
      fieldErrors: { quote: "annotations.errors.quoteTooLong" },
    });
  });

  it("keeps the author's delegation and group and ignores any sent in the input", async () => {
    const result = await notes.createAnnotation(lk, { ...base(), body: "mine", delegationId: ioe.delegation!.id });
    expect(result).toMatchObject({ ok: false });
    const id = await write(lk, "GROUP", "Group note");
    const row = await db.annotation.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ delegationId: lk.delegation!.id, group: "GOVERNMENT", authorId: lk.userId });
  });

  it("lets observers write only in public scope and the secretariat not at all", async () => {
    expect(await notes.createAnnotation(observer, { ...base(), body: "Observer note" })).toEqual({
      ok: false,
      fieldErrors: { scope: "annotations.errors.scopeNotAllowed" },
    });
    expect(await notes.createAnnotation(observer, { ...base(), scope: "ALL", body: "Observer note" })).toMatchObject({ ok: true });
    expect(await notes.createAnnotation(secretariat, { ...base(), scope: "ALL", body: "Officer note" })).toEqual({ ok: false, notFound: true });
  });

  it("takes the quote from the stored text, with context, and refuses a passage that is no longer there", async () => {
    const anchor = passage(rt2, 3, "Domestic Workers Convention");
    const id = await write(lk, "DELEGATION", "Anchored", { anchor });
    const row = await db.annotation.findUniqueOrThrow({ where: { id } });
    expect(row.quoteExact).toBe("Domestic Workers Convention");
    expect(row.quotePrefix?.endsWith("roundtable are the ")).toBe(true);
    expect(row.quoteSuffix?.startsWith(", 2011 (No. 189)")).toBe(true);
    const gone = await notes.createAnnotation(lk, { ...base(), body: "x", anchor: { ...anchor, quote: "Nothing like this text" } });
    expect(gone).toEqual({ ok: false, fieldErrors: { quote: "annotations.errors.quoteGone" } });
    const elsewhere = await notes.createAnnotation(lk, { ...base(), body: "x", anchor: { ...anchor, paragraphId: rt3.paragraphs[0]!.id } });
    expect(elsewhere).toEqual({ ok: false, notFound: true });
  });

  it("records every write in the audit log without the note's text", async () => {
    const id = await write(lk, "DELEGATION", "Secret plan for the roundtable");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "annotation.create", entityId: id } });
    expect(audit).toMatchObject({ actorId: lk.userId, delegationId: lk.delegation!.id });
    expect(JSON.stringify(audit.summary)).not.toContain("Secret plan");
  });
});

describe("[annotations] threads and notifications", () => {
  it("tells the note's author of a reply, and mentioned readers — not mentioned people who cannot read it", async () => {
    const id = await write(lk, "GROUP", "Thoughts on fair recruitment?");
    const reply = await replies.replyToAnnotation(ph, {
      annotationId: id,
      body: "Agreed. @[Ruwan de Silva] and @[Claire Dubois], your view? Also @[Nobody Here]",
    });
    expect(reply).toMatchObject({ ok: true });
    const rows = await db.notification.findMany({ where: { href: { contains: id } }, include: { user: { select: { email: true } } } });
    const byEmail = Object.fromEntries(rows.map((n) => [n.user.email, n]));
    expect(Object.keys(byEmail).sort()).toEqual(["adviser.lk@gov.demo", "delegate.lk@gov.demo"]);
    expect(byEmail["delegate.lk@gov.demo"]).toMatchObject({
      kind: "annotation.reply",
      payload: { key: "annotations.notifications.reply", values: { person: "Maria Santos", delegation: "Government of the Philippines", theme: "RT2" } },
    });
    expect(byEmail["adviser.lk@gov.demo"]).toMatchObject({ kind: "annotation.mention", payload: { key: "annotations.notifications.mention" } });
  });

  it("links only mentions of people who can read the note, to their page and never to their e-mail", async () => {
    const id = await write(lk, "DELEGATION", "Ask @[Ruwan de Silva] and @[Maria Santos]");
    const adviser = await db.user.findUniqueOrThrow({ where: { email: "adviser.lk@gov.demo" }, select: { id: true } });
    const found = await dal.findNoteForViewer(lk, "hld-2013", "RT2", id);
    // To the person's page in the app, never to their address (issue 10, finding 7).
    expect(found?.note.bodyHtml).toBe(
      `<p>Ask <a href="/people/${adviser.id}" rel="noopener noreferrer nofollow" class="text-brand underline underline-offset-2">@Ruwan de Silva</a> and @[Maria Santos]</p>`,
    );
    expect(found?.note.bodyHtml).not.toContain("mailto:");
  });

  it("does not notify the author of their own reply, nor twice for the same mention after an edit", async () => {
    const id = await write(lk, "DELEGATION", "Own thread");
    await replies.replyToAnnotation(lk, { annotationId: id, body: "Adding to my own note" });
    expect(await db.notification.count({ where: { href: { contains: id } } })).toBe(0);
    await notes.editAnnotation(lk, { annotationId: id, version: 1, body: "Own thread, cc @[Nimal Perera]", tags: "" });
    await notes.editAnnotation(lk, { annotationId: id, version: 2, body: "Own thread, cc @[Nimal Perera] again", tags: "" });
    expect(await db.notification.count({ where: { href: { contains: id }, userId: headLk.userId } })).toBe(1);
  });
});

describe("[annotations] editing, deleting and history", () => {
  it("keeps earlier versions, marks the note edited, and refuses a stale version with the current text", async () => {
    const id = await write(lk, "DELEGATION", "First draft");
    expect(await notes.editAnnotation(lk, { annotationId: id, version: 1, body: "Second draft", tags: "C189, fair recruitment" })).toEqual({
      ok: true,
      value: { version: 2 },
    });
    const stale = await notes.editAnnotation(lk, { annotationId: id, version: 1, body: "Lost update?", tags: "" });
    expect(stale).toEqual({ ok: false, conflict: { body: "Second draft", version: 2 } });
    const found = await dal.findNoteForViewer(lk, "hld-2013", "RT2", id);
    expect(found?.note).toMatchObject({ bodyHtml: "<p>Second draft</p>", tags: ["C189", "fair recruitment"], version: 2 });
    expect(found?.note.editedAt).not.toBeNull();
    expect(found?.note.revisions.map((r) => r.bodyHtml)).toEqual(["<p>First draft</p>"]);
  });

  it("soft-deletes: the note disappears for everyone, its row and history stay", async () => {
    const id = await write(lk, "GROUP", "To be deleted");
    await replies.replyToAnnotation(ph, { annotationId: id, body: "A reply" });
    expect(await notes.deleteAnnotation(headLk, { annotationId: id })).toMatchObject({ ok: true });
    expect(await dal.findNoteForViewer(lk, "hld-2013", "RT2", id)).toBeNull();
    expect(await replies.replyToAnnotation(ph, { annotationId: id, body: "Too late" })).toEqual({ ok: false, notFound: true });
    const row = await db.annotation.findUniqueOrThrow({ where: { id }, include: { replies: true } });
    expect(row.deletedAt).not.toBeNull();
    expect(row.body).toBe("To be deleted");
    expect(row.replies).toHaveLength(1);
  });

  it("lets a reply's author edit it (history kept) and the head of their delegation delete it", async () => {
    const id = await write(ph, "GROUP", "Philippines note");
    const reply = await replies.replyToAnnotation(adviser, { annotationId: id, body: "Adviser reply" });
    if (!reply.ok) throw new Error("reply failed");
    expect(await replies.editReply(ph, { replyId: reply.value.id, version: 1, body: "Not mine" })).toEqual({ ok: false, notFound: true });
    expect(await replies.editReply(adviser, { replyId: reply.value.id, version: 1, body: "Adviser reply, edited" })).toMatchObject({ ok: true });
    expect(await replies.deleteReply(ph, { replyId: reply.value.id })).toEqual({ ok: false, notFound: true });
    const found = await dal.findNoteForViewer(ph, "hld-2013", "RT2", id);
    expect(found?.note.replies[0]).toMatchObject({ bodyHtml: "<p>Adviser reply, edited</p>", revisions: [{ bodyHtml: "<p>Adviser reply</p>" }] });
    expect(await replies.deleteReply(headLk, { replyId: reply.value.id })).toMatchObject({ ok: true });
    expect((await dal.findNoteForViewer(ph, "hld-2013", "RT2", id))?.note.replies).toEqual([]);
  });

  it("resolves and reopens a thread, and filters the panel by it", async () => {
    const id = await write(lk, "DELEGATION", "Resolvable", { tags: "resolvable" });
    await notes.setAnnotationResolved(adviser, { annotationId: id, resolved: "true" });
    const resolved = await dal.loadThemeNotes(lk, rt2, JSON.stringify({ tag: "resolvable", status: "resolved" }));
    expect(resolved.notes.map((n) => n.id)).toEqual([id]);
    const open = await dal.loadThemeNotes(lk, rt2, JSON.stringify({ tag: "resolvable", status: "open" }));
    expect(open.notes).toEqual([]);
    await notes.setAnnotationResolved(lk, { annotationId: id, resolved: "false" });
    expect((await dal.loadThemeNotes(lk, rt2, JSON.stringify({ tag: "resolvable", status: "open" }))).notes).toHaveLength(1);
  });
});

describe("[annotations] moderation by the secretariat", () => {
  it("hides a public note from everyone else (404, not counted), records it, and can restore it", async () => {
    const id = await write(lk, "ALL", "Public note to moderate");
    expect(await notes.setAnnotationHidden(lk, { annotationId: id, hidden: "true" })).toEqual({ ok: false, notFound: true });
    const before = await dal.countThemeNotesForMeeting(ph, "hld-2013");
    expect(await notes.setAnnotationHidden(secretariat, { annotationId: id, hidden: "true" })).toMatchObject({ ok: true });
    for (const viewer of [lk, ph, ioe, observer]) expect(await dal.findNoteForViewer(viewer, "hld-2013", "RT2", id)).toBeNull();
    expect((await dal.countThemeNotesForMeeting(ph, "hld-2013")).RT2!.total).toBe(before.RT2!.total - 1);
    const officer = await dal.findNoteForViewer(secretariat, "hld-2013", "RT2", id);
    expect(officer?.note.hiddenAt).not.toBeNull();
    expect(officer?.note.can).toMatchObject({ moderate: true, reply: false, edit: false, delete: false, makeAction: false });
    expect(await db.auditLog.count({ where: { action: "annotation.hide", entityId: id, actorId: secretariat.userId } })).toBe(1);
    await notes.setAnnotationHidden(secretariat, { annotationId: id, hidden: "false" });
    expect(await dal.findNoteForViewer(ph, "hld-2013", "RT2", id)).not.toBeNull();
  });

  it("cannot see, let alone hide, a delegation's or a group's note", async () => {
    const id = await write(lk, "GROUP", "Group only");
    expect(await dal.findNoteForViewer(secretariat, "hld-2013", "RT2", id)).toBeNull();
    expect(await notes.setAnnotationHidden(secretariat, { annotationId: id, hidden: "true" })).toEqual({ ok: false, notFound: true });
  });
});

describe("[annotations] counts and re-anchoring", () => {
  it("counts per theme only the notes each viewer may see, and which are new since their last visit", async () => {
    const theme = await loadTheme("RT4");
    const create = (viewer: Viewer, scope: Scope) => notes.createAnnotation(viewer, { themeId: theme.id, body: `count ${scope}`, scope, tags: "", anchor: null });
    await create(lk, "DELEGATION");
    await create(lk, "GROUP");
    await create(lk, "ALL");
    await create(ioe, "DELEGATION");
    const count = async (viewer: Viewer) => (await dal.countThemeNotesForMeeting(viewer, "hld-2013")).RT4;
    expect(await count(lk)).toEqual({ total: 3, fresh: 0 });
    expect(await count(adviser)).toEqual({ total: 3, fresh: 3 });
    expect(await count(ph)).toEqual({ total: 2, fresh: 2 });
    expect(await count(ioe)).toEqual({ total: 2, fresh: 1 });
    expect(await count(secretariat)).toEqual({ total: 1, fresh: 1 });
    await notes.markThemeNotesSeen(ph, { themeId: theme.id });
    expect(await count(ph)).toEqual({ total: 2, fresh: 0 });
    await create(lk, "GROUP");
    expect(await count(ph)).toEqual({ total: 3, fresh: 1 });
    expect(await notes.markThemeNotesSeen(ph, { themeId: "00000000-0000-4000-8000-000000000000" })).toEqual({ ok: false, notFound: true });
  });

  it("lists on the home page the latest notes by others the viewer may see, with their reply counts", async () => {
    const mine = await write(ph, "GROUP", "Philippines: recent group note");
    await replies.replyToAnnotation(lk, { annotationId: mine, body: "Seen" });
    const secret = await write(ph, "DELEGATION", "Philippines: delegation only");
    const recent = await dal.listRecentNotesForViewer(lk, 5);
    expect(recent[0]).toMatchObject({ id: mine, replyCount: 1, delegation: "Government of the Philippines", theme: { code: "RT2" } });
    expect(recent.map((n) => n.id)).not.toContain(secret);
    expect((await dal.listRecentNotesForViewer(ph, 50)).map((n) => n.id)).not.toContain(mine);
    expect((await dal.listRecentNotesForViewer(ioe, 50)).map((n) => n.id)).not.toContain(mine);
  });

  it("re-anchors notes when the background text changes, and lists a note whose passage is gone as orphaned", async () => {
    const theme = await loadTheme("RT1");
    const [p1, p2] = theme.paragraphs;
    const moved = p1!.text.slice(20, 60);
    const deleted = p2!.text.slice(10, 50);
    const create = (anchor: ReturnType<typeof passage>, body: string) =>
      notes.createAnnotation(lk, { themeId: theme.id, body, scope: "DELEGATION", tags: "", anchor });
    const a = await create({ paragraphId: p1!.id, start: 20, end: 60, quote: moved }, "follows its passage");
    const b = await create({ paragraphId: p2!.id, start: 10, end: 50, quote: deleted }, "loses its passage");
    if (!a.ok || !b.ok) throw new Error("could not write");

    await db.themeParagraph.update({ where: { id: p1!.id }, data: { text: `A new opening sentence. ${p1!.text}` } });
    await db.themeParagraph.update({ where: { id: p2!.id }, data: { text: p2!.text.replace(deleted, "") } });
    const edited = await loadTheme("RT1");
    const loaded = await dal.loadThemeNotes(lk, edited, "{}");
    const byId = Object.fromEntries(loaded.notes.map((n) => [n.id, n]));
    expect(byId[a.value.id]?.location).toEqual({ status: "anchored", paragraphPosition: 1, moved: true });
    expect(byId[b.value.id]?.location).toEqual({ status: "orphaned" });
    expect(byId[b.value.id]?.quote).toBe(deleted);
    expect(loaded.overall.orphaned).toBe(1);
    // Orphans come last in text order, and have no highlight.
    expect(loaded.notes.at(-1)?.id).toBe(b.value.id);
    expect(Object.keys(loaded.highlightNotes)).toEqual([a.value.id]);
    const highlighted = loaded.paragraphs[0]!.segments.find((s) => s.noteIds.includes(a.value.id));
    expect(highlighted?.text).toBe(moved);
  });
});
