import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase } from "../support/app-database";
import { viewerFor } from "../support/viewers";
import type { Viewer } from "@/lib/auth/viewer";
import { REPLIES_IN_PANEL } from "@/lib/annotations/panel-size";

// The theme's panel shows a thread's first replies and says how many there are in
// all; the note's own page shows every one (issue 9: the panel does not render, even
// hidden, replies nobody asked for). Deleted replies are neither shown nor counted.

let dal: typeof import("@/lib/dal/annotations");
let cleanup: () => Promise<void>;
let lk: Viewer, ph: Viewer;
let theme: { id: string; code: string; meeting: { slug: string }; paragraphs: { id: string; position: number; text: string }[] };
let noteId = "";
const TAG = "panel-replies";

beforeAll(async () => {
  cleanup = await useAppDatabase();
  const { db } = await import("@/lib/db");
  const notes = await import("@/lib/services/annotations-notes");
  const replies = await import("@/lib/services/annotations-replies");
  dal = await import("@/lib/dal/annotations");
  lk = await viewerFor("delegate.lk@gov.demo");
  ph = await viewerFor("delegate.ph@gov.demo");
  const row = await db.theme.findFirstOrThrow({
    where: { code: "RT3", meeting: { slug: "hld-2013" } },
    select: { id: true, code: true, meeting: { select: { slug: true } }, paragraphs: { orderBy: { position: "asc" }, select: { id: true, position: true, text: true } } },
  });
  theme = row;
  const note = await notes.createAnnotation(lk, { themeId: theme.id, body: "A thread with many replies", scope: "GROUP", tags: TAG, anchor: null });
  if (!note.ok) throw new Error(JSON.stringify(note));
  noteId = note.value.id;
  for (let i = 1; i <= REPLIES_IN_PANEL + 3; i++) {
    const reply = await replies.replyToAnnotation(i % 2 ? ph : lk, { annotationId: noteId, body: `Reply number ${i}` });
    if (!reply.ok) throw new Error(JSON.stringify(reply));
  }
  // One deleted reply (the last, by delegate.lk): not shown, not counted.
  const last = await db.annotationReply.findFirstOrThrow({ where: { annotationId: noteId, body: `Reply number ${REPLIES_IN_PANEL + 3}` }, select: { id: true } });
  const deleted = await replies.deleteReply(lk, { replyId: last.id });
  if (!deleted.ok) throw new Error(JSON.stringify(deleted));
});
afterAll(async () => cleanup?.());

describe("[annotations] replies in the theme's panel", () => {
  it("the panel carries the first replies, in order, and the count of all", async () => {
    const loaded = await dal.loadThemeNotes(lk, theme, JSON.stringify({ tag: TAG }));
    const note = loaded.notes.find((n) => n.id === noteId)!;
    expect(note.replyCount).toBe(REPLIES_IN_PANEL + 2);
    expect(note.replies.map((r) => r.bodyHtml)).toEqual(Array.from({ length: REPLIES_IN_PANEL }, (_, i) => `<p>Reply number ${i + 1}</p>`));
  });

  it("the note's page carries every reply that is not deleted", async () => {
    const found = await dal.findNoteForViewer(ph, theme.meeting.slug, theme.code, noteId);
    expect(found?.note.replyCount).toBe(REPLIES_IN_PANEL + 2);
    expect(found?.note.replies.map((r) => r.bodyHtml)).toEqual(Array.from({ length: REPLIES_IN_PANEL + 2 }, (_, i) => `<p>Reply number ${i + 1}</p>`));
  });
});
