import "server-only";
// What the author typed, for the edit form, read when they open it: pages show the
// rendered note and never ship its source as well (issue 9). Visible and editable
// by this viewer, or null — the same rules as the controls on the page.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { visibleAnnotationRepliesWhere, visibleAnnotationsWhere } from "@/lib/authz/visibility";
import { canEditNote, canEditReply } from "@/lib/annotations/rules";

export type TEditableSource = { body: string; version: number; tags: string[] };

const rulesSelect = { authorId: true, delegationId: true, group: true, scope: true, deletedAt: true, hiddenAt: true } as const;

export async function findEditableSource(viewer: Viewer, kind: "note" | "reply", id: string): Promise<TEditableSource | null> {
  if (kind === "note") {
    const note = await db.annotation.findFirst({
      where: { id, AND: [visibleAnnotationsWhere(viewer)] },
      select: { ...rulesSelect, body: true, version: true, tags: true },
    });
    return note && canEditNote(viewer, note) ? { body: note.body, version: note.version, tags: note.tags } : null;
  }
  const reply = await db.annotationReply.findFirst({
    where: { id, AND: [visibleAnnotationRepliesWhere(viewer)] },
    select: { authorId: true, delegationId: true, deletedAt: true, body: true, version: true, annotation: { select: rulesSelect } },
  });
  return reply && canEditReply(viewer, reply.annotation, reply) ? { body: reply.body, version: reply.version, tags: [] } : null;
}
