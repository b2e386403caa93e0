import "server-only";
// Pieces shared by the note and reply writes: the result type, loading a note the
// viewer may see (inside the write's transaction), and the notifications a write
// sends.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import { visibleAnnotationsWhere } from "@/lib/authz/visibility";
import { CONTROL_CHARACTERS_MESSAGE } from "@/lib/validation/text";
import { createNotifications, type TNotificationInput } from "@/lib/dal/notifications";
import { findMentionablePeople } from "@/lib/dal/annotations-mentions";
import { mentionedNames, mentionedReaders, mentionKey, type TMentionable } from "@/lib/annotations/mentions";
import { renderNoteText } from "@/lib/markdown/note-text";
import { renderedBody } from "@/lib/markdown/stored";
import { notePath } from "@/lib/annotations/paths";
import type { z } from "zod";

/**
 * What a note or reply write returns. "Not found" is also the answer when the viewer
 * may see the note but not do this to it: the result never tells more than the page.
 */
export type TNoteWriteResult<T = undefined> =
  | { ok: true; value: T }
  | { ok: false; fieldErrors: Record<string, string> }
  | { ok: false; notFound: true }
  | { ok: false; conflict: { body: string; version: number } };

export const written = <T>(value: T): TNoteWriteResult<T> => ({ ok: true, value });
export const noteNotFound = <T>(): TNoteWriteResult<T> => ({ ok: false, notFound: true });

/** zod issues as { field: i18n key }, first message per field. The passage's parts are all "quote". */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path[0] === "anchor" ? "quote" : String(issue.path[0] ?? "form");
    const known = issue.message.startsWith("annotations.errors.") || issue.message === CONTROL_CHARACTERS_MESSAGE ? issue.message : "annotations.errors.invalid";
    errors[field] ??= known;
  }
  return errors;
}

export const noteForWriteSelect = {
  id: true,
  themeId: true,
  authorId: true,
  delegationId: true,
  group: true,
  scope: true,
  body: true,
  version: true,
  resolvedAt: true,
  hiddenAt: true,
  deletedAt: true,
  theme: { select: { code: true, meeting: { select: { slug: true } } } },
} satisfies Prisma.AnnotationSelect;

export type TNoteForWrite = Prisma.AnnotationGetPayload<{ select: typeof noteForWriteSelect }>;

/** The note, if the viewer may see it; read in the transaction that will change it. */
export async function findNoteForWrite(tx: Prisma.TransactionClient, viewer: Viewer, noteId: string) {
  return tx.annotation.findFirst({ where: { id: noteId, AND: [visibleAnnotationsWhere(viewer)] }, select: noteForWriteSelect });
}

export const hrefOf = (note: TNoteForWrite) => notePath(note.theme.meeting.slug, note.theme.code, note.id);

/**
 * The people a text written on a note mentions (one query), used both to link the
 * mentions in its stored HTML and to notify them.
 */
export async function mentionsIn(tx: Prisma.TransactionClient, text: string) {
  return findMentionablePeople([text], tx);
}

/** Columns `bodyHtml` and `renderVersion` for a note's or reply's text. */
export const renderNoteBody = (text: string, note: Pick<TNoteForWrite, "scope" | "delegationId" | "group">, people: Map<string, TMentionable[]>) =>
  renderedBody(renderNoteText(text, note, people));

/**
 * Notifies the readers of a note who are @mentioned in `text` and were not already
 * mentioned in `previous` (an edit does not notify twice). `except` are people told
 * another way (the note's author, told of a reply). `people` come from mentionsIn(text).
 */
export async function notifyMentions(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  note: TNoteForWrite,
  text: string,
  people: Map<string, TMentionable[]>,
  { previous = "", except = [] as string[] } = {},
): Promise<number> {
  const before = new Set(mentionedNames(previous).map(mentionKey));
  const fresh = mentionedNames(text).filter((name) => !before.has(mentionKey(name)));
  if (fresh.length === 0) return 0;
  const readers = mentionedReaders(fresh.map((n) => `@[${n}]`).join(" "), note, people).filter(
    (p) => !except.includes(p.id) && p.id !== viewer.userId,
  );
  const rows: TNotificationInput[] = [...new Map(readers.map((p) => [p.id, p])).values()].map((p) => ({
    userId: p.id,
    kind: "annotation.mention",
    payload: {
      key: "annotations.notifications.mention",
      values: { person: viewer.name, delegation: viewer.delegation?.name ?? "", theme: note.theme.code },
    },
    href: hrefOf(note),
  }));
  await createNotifications(tx, viewer.userId, rows);
  return rows.length;
}
