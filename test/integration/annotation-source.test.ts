import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase } from "../support/app-database";
import { viewerFor } from "../support/viewers";
import type { Viewer } from "@/lib/auth/viewer";

// The edit form reads a note's or reply's source when it opens (pages no longer carry
// it): only for someone who may edit it; everyone else gets nothing, whether it
// exists or not.

let source: typeof import("@/lib/dal/annotations-source");
let cleanup: () => Promise<void>;
let lk: Viewer, headLk: Viewer, ph: Viewer, ioe: Viewer;
let noteId = "";
let replyId = "";

beforeAll(async () => {
  cleanup = await useAppDatabase();
  const { db } = await import("@/lib/db");
  const notes = await import("@/lib/services/annotations-notes");
  const replies = await import("@/lib/services/annotations-replies");
  source = await import("@/lib/dal/annotations-source");
  lk = await viewerFor("delegate.lk@gov.demo");
  headLk = await viewerFor("head.lk@gov.demo");
  ph = await viewerFor("delegate.ph@gov.demo");
  ioe = await viewerFor("head.ioe@employers.demo");
  const theme = await db.theme.findFirstOrThrow({ where: { code: "RT2", meeting: { slug: "hld-2013" } }, select: { id: true } });
  const note = await notes.createAnnotation(lk, { themeId: theme.id, body: "**Group** source text", scope: "GROUP", tags: "alpha, beta", anchor: null });
  if (!note.ok) throw new Error(JSON.stringify(note));
  noteId = note.value.id;
  const reply = await replies.replyToAnnotation(ph, { annotationId: noteId, body: "Reply _source_" });
  if (!reply.ok) throw new Error(JSON.stringify(reply));
  replyId = (await db.annotationReply.findFirstOrThrow({ where: { annotationId: noteId }, select: { id: true } })).id;
});
afterAll(async () => cleanup?.());

describe("[annotations] the source for the edit form", () => {
  it("goes to the author, with the version and tags", async () => {
    expect(await source.findEditableSource(lk, "note", noteId)).toEqual({ body: "**Group** source text", version: 1, tags: ["alpha", "beta"] });
    expect(await source.findEditableSource(ph, "reply", replyId)).toEqual({ body: "Reply _source_", version: 1, tags: [] });
  });

  it("goes to nobody else: readers of the group, the head, another group", async () => {
    for (const viewer of [headLk, ph, ioe]) expect(await source.findEditableSource(viewer, "note", noteId)).toBeNull();
    for (const viewer of [lk, headLk, ioe]) expect(await source.findEditableSource(viewer, "reply", replyId)).toBeNull();
  });

  it("answers null for an unknown id or the wrong kind", async () => {
    expect(await source.findEditableSource(lk, "note", "00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await source.findEditableSource(lk, "reply", noteId)).toBeNull();
  });
});
