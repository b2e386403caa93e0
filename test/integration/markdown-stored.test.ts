import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase } from "../support/app-database";
import { viewerFor } from "../support/viewers";
import { problemsIn } from "../support/html-safety";
import { XSS_PAYLOADS } from "@/e2e/annotations/xss-payloads";
import type { Viewer } from "@/lib/auth/viewer";
import type { SqlClient } from "@/lib/db/sql-client";
import { RENDERER_VERSION, renderMarkdown } from "@/lib/markdown/render";
import { rerenderStaleRows } from "@/lib/markdown/rerender";

// Markdown is stored rendered: every write path (notes, replies, their revisions,
// actions, action comments, group positions) keeps safe HTML beside the source, in
// the same transaction. The hostile battery goes through the real services into a
// real database and the stored HTML is judged; then rows from an older renderer are
// re-rendered by the migrate step, and shown correctly before that.

let db: typeof import("@/lib/db").db;
let notes: typeof import("@/lib/services/annotations-notes");
let replies: typeof import("@/lib/services/annotations-replies");
let noteReads: typeof import("@/lib/dal/annotations");
let actions: typeof import("@/lib/dal/actions-write");
let actionReads: typeof import("@/lib/dal/actions");
let positions: typeof import("@/lib/dal/positions-write");
let positionReads: typeof import("@/lib/dal/positions");
let cleanup: () => Promise<void>;
let lk: Viewer, headLk: Viewer;
let rt2: { id: string };
let sql: SqlClient;

const chunks = (size: number) => Array.from({ length: Math.ceil(XSS_PAYLOADS.length / size) }, (_, i) => XSS_PAYLOADS.slice(i * size, (i + 1) * size).join("\n\n"));

beforeAll(async () => {
  cleanup = await useAppDatabase();
  ({ db } = await import("@/lib/db"));
  notes = await import("@/lib/services/annotations-notes");
  replies = await import("@/lib/services/annotations-replies");
  noteReads = await import("@/lib/dal/annotations");
  actions = await import("@/lib/dal/actions-write");
  actionReads = await import("@/lib/dal/actions");
  positions = await import("@/lib/dal/positions-write");
  positionReads = await import("@/lib/dal/positions");
  lk = await viewerFor("delegate.lk@gov.demo");
  headLk = await viewerFor("head.lk@gov.demo");
  rt2 = await db.theme.findFirstOrThrow({ where: { code: "RT2", meeting: { slug: "hld-2013" } }, select: { id: true } });
  // The re-render step runs on the migration runner's plain SQL connection; here on
  // the app's own client, so it works on PostgreSQL and PGlite alike.
  sql = {
    query: <Row,>(text: string, params: unknown[] = []) => db.$queryRawUnsafe<Row[]>(text, ...params),
    exec: async (text: string) => void (await db.$executeRawUnsafe(text)),
    close: async () => {},
  };
});
afterAll(async () => cleanup?.());

function expectSafe(stored: { html: string; renderVersion: number }) {
  expect(stored.renderVersion).toBe(RENDERER_VERSION);
  expect(problemsIn(stored.html)).toEqual([]);
}

async function writeNote(body: string) {
  const result = await notes.createAnnotation(lk, { themeId: rt2.id, body, scope: "DELEGATION", tags: "", anchor: null });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value.id;
}

async function newAction(description: string) {
  const result = await actions.createActionForViewer(lk, { title: "Hostile description", description, scope: "DELEGATION", priority: "MEDIUM" });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value.id;
}

describe("[markdown] hostile text is stored as safe HTML by every write", () => {
  it("notes, each payload on its own, and their edits with the earlier text in history", async () => {
    for (const payload of XSS_PAYLOADS) {
      const id = await writeNote(payload);
      const row = await db.annotation.findUniqueOrThrow({ where: { id }, select: { bodyHtml: true, renderVersion: true } });
      expectSafe({ html: row.bodyHtml, renderVersion: row.renderVersion });
      expect(row.bodyHtml).toBe(renderMarkdown(payload));
    }
    const id = await writeNote(XSS_PAYLOADS[0]!);
    expect((await notes.editAnnotation(lk, { annotationId: id, version: 1, body: XSS_PAYLOADS[1]!, tags: "" })).ok).toBe(true);
    const edited = await db.annotation.findUniqueOrThrow({ where: { id }, select: { bodyHtml: true, renderVersion: true, revisions: true } });
    expectSafe({ html: edited.bodyHtml, renderVersion: edited.renderVersion });
    expect(edited.bodyHtml).toBe(renderMarkdown(XSS_PAYLOADS[1]!));
    expect(edited.revisions).toHaveLength(1);
    expectSafe({ html: edited.revisions[0]!.bodyHtml, renderVersion: edited.revisions[0]!.renderVersion });
    expect(edited.revisions[0]!.bodyHtml).toBe(renderMarkdown(XSS_PAYLOADS[0]!));
  });

  it("replies and their edits", async () => {
    const noteId = await writeNote("A thread for hostile replies");
    for (const body of chunks(16)) {
      const result = await replies.replyToAnnotation(lk, { annotationId: noteId, body });
      if (!result.ok) throw new Error(JSON.stringify(result));
      const row = await db.annotationReply.findUniqueOrThrow({ where: { id: result.value.id }, select: { bodyHtml: true, renderVersion: true } });
      expectSafe({ html: row.bodyHtml, renderVersion: row.renderVersion });
      expect(row.bodyHtml).toBe(renderMarkdown(body));
      expect((await replies.editReply(lk, { replyId: result.value.id, version: 1, body: `${body}\n\n[x](javascript:alert(1))` })).ok).toBe(true);
    }
    const rows = await db.annotationReply.findMany({ where: { annotationId: noteId }, select: { bodyHtml: true, renderVersion: true, revisions: true } });
    for (const row of rows) {
      expectSafe({ html: row.bodyHtml, renderVersion: row.renderVersion });
      expect(row.bodyHtml).toContain("<span>x</span>");
      for (const revision of row.revisions) expectSafe({ html: revision.bodyHtml, renderVersion: revision.renderVersion });
    }
  });

  it("action descriptions (create and edit) and action comments", async () => {
    for (const description of chunks(16)) {
      const id = await newAction(description);
      const created = await db.followUpAction.findUniqueOrThrow({ where: { id }, select: { descriptionHtml: true, renderVersion: true } });
      expectSafe({ html: created.descriptionHtml, renderVersion: created.renderVersion });
      expect(created.descriptionHtml).toBe(renderMarkdown(description));

      const edited = `${description}\n\n<iframe src="javascript:alert(1)"></iframe>`;
      const update = await actions.updateActionForViewer(lk, { id, version: 1, title: "Hostile description", description: edited, priority: "MEDIUM" });
      expect(update.ok).toBe(true);
      const comment = await actions.addActionCommentForViewer(lk, { actionId: id, body: description });
      if (!comment.ok) throw new Error(JSON.stringify(comment));

      const row = await db.followUpAction.findUniqueOrThrow({
        where: { id },
        select: { descriptionHtml: true, renderVersion: true, comments: { select: { bodyHtml: true, renderVersion: true } } },
      });
      expectSafe({ html: row.descriptionHtml, renderVersion: row.renderVersion });
      expect(row.descriptionHtml).toBe(renderMarkdown(edited));
      expect(row.comments).toHaveLength(1);
      expectSafe({ html: row.comments[0]!.bodyHtml, renderVersion: row.comments[0]!.renderVersion });
      expect(row.comments[0]!.bodyHtml).toBe(renderMarkdown(description));
    }
  });

  it("group positions, saved and restored", async () => {
    let revision = 0;
    const texts = chunks(28);
    for (const body of texts) {
      const outcome = await positions.savePositionText(headLk, "hld-2013", "RT3", { body, baseRevision: revision });
      if (outcome.kind !== "saved") throw new Error(JSON.stringify(outcome));
      revision = outcome.revision;
      const row = await db.groupPosition.findFirstOrThrow({ where: { theme: { code: "RT3", meeting: { slug: "hld-2013" } }, group: "GOVERNMENT" }, select: { bodyHtml: true, renderVersion: true } });
      expectSafe({ html: row.bodyHtml, renderVersion: row.renderVersion });
      expect(row.bodyHtml).toBe(renderMarkdown(body));
    }
    const restored = await positions.restorePositionRevision(headLk, "hld-2013", "RT3", { number: 1, baseRevision: revision });
    expect(restored.kind).toBe("saved");
    const shown = (await positionReads.findPositionForViewer(headLk, "hld-2013", "RT3", "GOVERNMENT"))!;
    expect(shown.body).toBe(texts[0]);
    expect(shown.bodyHtml).toBe(renderMarkdown(texts[0]!));
    expect(problemsIn(shown.bodyHtml)).toEqual([]);
  });
});

describe("[markdown] rows from an older renderer", () => {
  it("are shown rendered before the re-render step, then re-rendered once, with mentions linked to people pages", async () => {
    const adviser = await db.user.findUniqueOrThrow({ where: { email: "adviser.lk@gov.demo" }, select: { id: true } });
    const noteId = await writeNote("Ask @[Ruwan de Silva] about **this**, not @[Maria Santos]");
    const reply = await replies.replyToAnnotation(lk, { annotationId: noteId, body: "cc @[Ruwan de Silva]" });
    if (!reply.ok) throw new Error("reply failed");
    const actionId = await newAction("Plan *the* [brief](javascript:alert(1))");
    const comment = await actions.addActionCommentForViewer(lk, { actionId, body: "**Done**" });
    if (!comment.ok) throw new Error("comment failed");
    const position = await positions.savePositionText(headLk, "hld-2013", "RT4", { body: "# Our view\n\nText", baseRevision: 0 });
    if (position.kind !== "saved") throw new Error("position failed");
    const positionRow = await db.groupPosition.findFirstOrThrow({ where: { theme: { code: "RT4", meeting: { slug: "hld-2013" } }, group: "GOVERNMENT" }, select: { id: true } });

    // As a deploy that raises RENDERER_VERSION leaves them: an older version, HTML
    // that the current renderer would not produce (here: none at all).
    await db.annotation.update({ where: { id: noteId }, data: { bodyHtml: "", renderVersion: 0 } });
    await db.annotationReply.update({ where: { id: reply.value.id }, data: { bodyHtml: "<p>old</p>", renderVersion: RENDERER_VERSION - 1 } });
    await db.followUpAction.update({ where: { id: actionId }, data: { descriptionHtml: "", renderVersion: 0 } });
    await db.actionComment.update({ where: { id: comment.value.id }, data: { bodyHtml: "", renderVersion: 0 } });
    await db.groupPosition.update({ where: { id: positionRow.id }, data: { bodyHtml: "", renderVersion: 0 } });
    // A row from a newer renderer (another instance, mid-deploy) is left alone.
    const newer = await writeNote("From the future");
    await db.annotation.update({ where: { id: newer }, data: { bodyHtml: "<p>future</p>", renderVersion: RENDERER_VERSION + 1 } });

    // Before the step runs, pages render such rows on the fly: never an empty body.
    const before = await noteReads.findNoteForViewer(lk, "hld-2013", "RT2", noteId);
    expect(before?.note.bodyHtml).toBe("<p>Ask @[Ruwan de Silva] about <strong>this</strong>, not @[Maria Santos]</p>");
    expect(before?.note.replies[0]?.bodyHtml).toBe("<p>cc @[Ruwan de Silva]</p>");
    const action = await actionReads.findActionForViewer(lk, actionId);
    expect(action?.descriptionHtml).toBe("<p>Plan <em>the</em> <span>brief</span></p>");
    expect(action?.comments[0]?.bodyHtml).toBe("<p><strong>Done</strong></p>");
    expect((await positionReads.findPositionForViewer(headLk, "hld-2013", "RT4", "GOVERNMENT"))?.bodyHtml).toBe('<p class="font-semibold">Our view</p>\n<p>Text</p>');

    const counts = await rerenderStaleRows(sql, { batchSize: 2 });
    expect(counts).toMatchObject({ Annotation: 1, AnnotationReply: 1, FollowUpAction: 1, ActionComment: 1, GroupPosition: 1 });

    const link = `<a href="/people/${adviser.id}" rel="noopener noreferrer nofollow" class="text-brand underline underline-offset-2">@Ruwan de Silva</a>`;
    const note = await db.annotation.findUniqueOrThrow({ where: { id: noteId }, select: { bodyHtml: true, renderVersion: true } });
    expect(note).toEqual({ bodyHtml: `<p>Ask ${link} about <strong>this</strong>, not @[Maria Santos]</p>`, renderVersion: RENDERER_VERSION });
    expect(await db.annotationReply.findUniqueOrThrow({ where: { id: reply.value.id }, select: { bodyHtml: true, renderVersion: true } })).toEqual({
      bodyHtml: `<p>cc ${link}</p>`,
      renderVersion: RENDERER_VERSION,
    });
    expect(await db.followUpAction.findUniqueOrThrow({ where: { id: actionId }, select: { descriptionHtml: true, renderVersion: true } })).toEqual({
      descriptionHtml: "<p>Plan <em>the</em> <span>brief</span></p>",
      renderVersion: RENDERER_VERSION,
    });
    expect((await db.actionComment.findUniqueOrThrow({ where: { id: comment.value.id } })).bodyHtml).toBe("<p><strong>Done</strong></p>");
    expect((await db.groupPosition.findUniqueOrThrow({ where: { id: positionRow.id } })).renderVersion).toBe(RENDERER_VERSION);
    expect(await db.annotation.findUniqueOrThrow({ where: { id: newer }, select: { bodyHtml: true } })).toEqual({ bodyHtml: "<p>future</p>" });

    // Idempotent: nothing is left to do.
    expect(Object.values(await rerenderStaleRows(sql)).every((n) => n === 0)).toBe(true);
  });
});
