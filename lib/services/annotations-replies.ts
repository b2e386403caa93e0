import "server-only";
// Replies in a note's thread. A reply inherits the note's scope: whoever may read the
// note reads its replies, and whoever may reply is decided on the note. The note's
// author is told of each reply; people @mentioned who can read the note are told too.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { auditEntry } from "@/lib/audit";
import { visibleAnnotationRepliesWhere } from "@/lib/authz/visibility";
import { createNotifications } from "@/lib/dal/notifications";
import { canDeleteReply, canEditReply, canReply } from "@/lib/annotations/rules";
import { renderBody } from "@/lib/markdown/stored";
import { ZReplyEdit, ZReplyId, ZReplyInput } from "@/lib/validation/annotations";
import {
  fieldErrorsOf,
  findNoteForWrite,
  hrefOf,
  mentionsIn,
  noteForWriteSelect,
  noteNotFound,
  notifyMentions,
  renderNoteBody,
  written,
  type TNoteWriteResult,
} from "./annotations-shared";
import type { Prisma } from "@/lib/generated/prisma/client";

export async function replyToAnnotation(viewer: Viewer, input: unknown): Promise<TNoteWriteResult<{ id: string }>> {
  const parsed = ZReplyInput.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { annotationId, body } = parsed.data;
  return db.$transaction(async (tx): Promise<TNoteWriteResult<{ id: string }>> => {
    const note = await findNoteForWrite(tx, viewer, annotationId);
    if (!note || !canReply(viewer, note) || !viewer.delegation) return noteNotFound();
    const people = await mentionsIn(tx, body);
    const reply = await tx.annotationReply.create({
      data: { annotationId: note.id, authorId: viewer.userId, delegationId: viewer.delegation.id, body, ...renderNoteBody(body, note, people) },
      select: { id: true },
    });
    await createNotifications(tx, viewer.userId, [
      {
        userId: note.authorId,
        kind: "annotation.reply",
        payload: {
          key: "annotations.notifications.reply",
          values: { person: viewer.name, delegation: viewer.delegation.name, theme: note.theme.code },
        },
        href: hrefOf(note),
      },
    ]);
    const mentioned = await notifyMentions(tx, viewer, note, body, people, { except: [note.authorId] });
    await tx.auditLog.create({
      data: auditEntry(viewer, "annotation.reply", { type: "AnnotationReply", id: reply.id }, { annotationId: note.id, mentioned }),
    });
    return written({ id: reply.id });
  });
}

/** A reply the viewer may see, with its note (for the rules and notifications). */
async function findReplyForWrite(tx: Prisma.TransactionClient, viewer: Viewer, replyId: string) {
  return tx.annotationReply.findFirst({
    where: { id: replyId, ...visibleAnnotationRepliesWhere(viewer) },
    select: {
      id: true,
      authorId: true,
      delegationId: true,
      body: true,
      version: true,
      deletedAt: true,
      annotation: { select: noteForWriteSelect },
    },
  });
}

export async function editReply(viewer: Viewer, input: unknown): Promise<TNoteWriteResult<{ version: number }>> {
  const parsed = ZReplyEdit.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const data = parsed.data;
  return db.$transaction(async (tx): Promise<TNoteWriteResult<{ version: number }>> => {
    const reply = await findReplyForWrite(tx, viewer, data.replyId);
    if (!reply || !canEditReply(viewer, reply.annotation, reply)) return noteNotFound();
    const note = reply.annotation;
    if (reply.version !== data.version) return { ok: false, conflict: { body: reply.body, version: reply.version } };
    const people = await mentionsIn(tx, data.body);
    const { count } = await tx.annotationReply.updateMany({
      where: { id: reply.id, version: data.version },
      data: { body: data.body, ...renderNoteBody(data.body, note, people), version: { increment: 1 }, editedAt: new Date() },
    });
    if (count === 0) return { ok: false, conflict: { body: reply.body, version: reply.version } };
    await tx.annotationRevision.create({ data: { replyId: reply.id, body: reply.body, ...renderBody(reply.body), editedById: viewer.userId } });
    const mentioned = await notifyMentions(tx, viewer, note, data.body, people, { previous: reply.body });
    await tx.auditLog.create({
      data: auditEntry(viewer, "annotation.reply_edit", { type: "AnnotationReply", id: reply.id }, { version: data.version + 1, mentioned }),
    });
    return written({ version: data.version + 1 });
  });
}

export async function deleteReply(viewer: Viewer, input: unknown): Promise<TNoteWriteResult> {
  const parsed = ZReplyId.safeParse(input);
  if (!parsed.success) return noteNotFound();
  return db.$transaction(async (tx) => {
    const reply = await findReplyForWrite(tx, viewer, parsed.data.replyId);
    if (!reply || !canDeleteReply(viewer, reply.annotation, reply)) return noteNotFound();
    await tx.annotationReply.update({ where: { id: reply.id }, data: { deletedAt: new Date() } });
    await tx.auditLog.create({
      data: auditEntry(viewer, "annotation.reply_delete", { type: "AnnotationReply", id: reply.id }, {
        annotationId: reply.annotation.id,
        byAuthor: reply.authorId === viewer.userId,
      }),
    });
    return written(undefined);
  });
}
