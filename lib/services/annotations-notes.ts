import "server-only";
// What happens when a note is written, edited, deleted, resolved or moderated. Each
// function takes the viewer explicitly: parse with zod → authorise → one transaction
// holding the write and its audit row (and any notifications). Delegation and group
// come from the viewer, never from the input.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { auditEntry } from "@/lib/audit";
import { visibleThemesWhere } from "@/lib/authz/visibility";
import { locateAnchor, selectorFor } from "@/lib/annotations/anchoring";
import { canDeleteNote, canEditNote, canModerate, canResolve, canWriteNotes, scopesFor } from "@/lib/annotations/rules";
import { renderBody } from "@/lib/markdown/stored";
import { ZAnnotationEdit, ZAnnotationInput, ZFlag, ZNoteId, ZThemeId } from "@/lib/validation/annotations";
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

type TCreated = { id: string; href: string };

/** Finds where the passage the person selected lies in the stored text now. */
async function resolveAnchor(themeId: string, anchor: { paragraphId: string; start: number; end: number; quote: string }) {
  const paragraph = await db.themeParagraph.findFirst({ where: { id: anchor.paragraphId, themeId }, select: { id: true, position: true, text: true } });
  if (!paragraph) return null;
  const selector = selectorFor(paragraph.text, anchor.start, anchor.end);
  if (selector.exact === anchor.quote) return { paragraphId: paragraph.id, ...selector };
  // The text changed since the page was loaded: find the quote by its words.
  const located = locateAnchor([paragraph], {
    paragraphId: paragraph.id,
    exact: anchor.quote,
    prefix: null,
    suffix: null,
    start: anchor.start,
    end: anchor.end,
  });
  return located.status === "anchored" ? { paragraphId: paragraph.id, ...selectorFor(paragraph.text, located.start, located.end) } : undefined;
}

/** `carried`: the note is a copy carried from a roundtable (lib/services/carry-note.ts). */
export async function createAnnotation(viewer: Viewer, input: unknown, carried?: { carriedFromId: string; from: string }): Promise<TNoteWriteResult<TCreated>> {
  const parsed = ZAnnotationInput.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const data = parsed.data;

  if (!canWriteNotes(viewer)) return noteNotFound();
  if (!scopesFor(viewer).includes(data.scope)) return { ok: false, fieldErrors: { scope: "annotations.errors.scopeNotAllowed" } };
  const theme = await db.theme.findFirst({ where: { id: data.themeId, AND: [visibleThemesWhere(viewer)] }, select: { id: true } });
  if (!theme) return noteNotFound();

  let anchor = null;
  if (data.anchor) {
    anchor = await resolveAnchor(theme.id, data.anchor);
    if (anchor === null) return noteNotFound();
    if (anchor === undefined) return { ok: false, fieldErrors: { quote: "annotations.errors.quoteGone" } };
  }

  const delegation = viewer.delegation;
  const readers = { scope: data.scope, delegationId: delegation.id, group: delegation.group };
  return db.$transaction(async (tx) => {
    const people = await mentionsIn(tx, data.body);
    const note = await tx.annotation.create({
      data: {
        themeId: theme.id,
        authorId: viewer.userId,
        delegationId: delegation.id,
        group: delegation.group,
        scope: data.scope,
        body: data.body,
        ...renderNoteBody(data.body, readers, people),
        tags: data.tags,
        paragraphId: anchor?.paragraphId ?? null,
        quoteExact: anchor?.exact ?? null,
        quotePrefix: anchor?.prefix ?? null,
        quoteSuffix: anchor?.suffix ?? null,
        positionStart: anchor?.start ?? null,
        positionEnd: anchor?.end ?? null,
        carriedFromId: carried?.carriedFromId ?? null,
      },
      select: noteForWriteSelect,
    });
    const mentioned = await notifyMentions(tx, viewer, note, data.body, people);
    await tx.auditLog.create({
      data: auditEntry(viewer, carried ? "annotation.carry" : "annotation.create", { type: "Annotation", id: note.id }, {
        themeId: theme.id,
        ...(carried ? { from: carried.from, carriedFromId: carried.carriedFromId } : {}),
        scope: data.scope,
        anchored: anchor !== null,
        tags: data.tags.length,
        mentioned,
      }),
    });
    return written({ id: note.id, href: hrefOf(note) });
  });
}

/** Edits body and tags. The edit names the version it started from; a stale one is a conflict. */
export async function editAnnotation(viewer: Viewer, input: unknown): Promise<TNoteWriteResult<{ version: number }>> {
  const parsed = ZAnnotationEdit.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const data = parsed.data;
  return db.$transaction(async (tx): Promise<TNoteWriteResult<{ version: number }>> => {
    const note = await findNoteForWrite(tx, viewer, data.annotationId);
    if (!note || !canEditNote(viewer, note)) return noteNotFound();
    if (note.version !== data.version) return { ok: false, conflict: { body: note.body, version: note.version } };
    const people = await mentionsIn(tx, data.body);
    const { count } = await tx.annotation.updateMany({
      where: { id: note.id, version: data.version },
      data: { body: data.body, ...renderNoteBody(data.body, note, people), tags: data.tags, version: { increment: 1 }, editedAt: new Date() },
    });
    if (count === 0) return { ok: false, conflict: { body: note.body, version: note.version } };
    await tx.annotationRevision.create({ data: { annotationId: note.id, body: note.body, ...renderBody(note.body), editedById: viewer.userId } });
    const mentioned = await notifyMentions(tx, viewer, note, data.body, people, { previous: note.body });
    await tx.auditLog.create({
      data: auditEntry(viewer, "annotation.edit", { type: "Annotation", id: note.id }, { version: data.version + 1, tags: data.tags.length, mentioned }),
    });
    return written({ version: data.version + 1 });
  });
}

/** Soft delete: the row and its earlier versions stay; nobody sees the note any more. */
export async function deleteAnnotation(viewer: Viewer, input: unknown): Promise<TNoteWriteResult> {
  const parsed = ZNoteId.safeParse(input);
  if (!parsed.success) return noteNotFound();
  return db.$transaction(async (tx) => {
    const note = await findNoteForWrite(tx, viewer, parsed.data.annotationId);
    if (!note || !canDeleteNote(viewer, note)) return noteNotFound();
    await tx.annotation.update({ where: { id: note.id }, data: { deletedAt: new Date() } });
    await tx.auditLog.create({
      data: auditEntry(viewer, "annotation.delete", { type: "Annotation", id: note.id }, { byAuthor: note.authorId === viewer.userId }),
    });
    return written(undefined);
  });
}

export async function setAnnotationResolved(viewer: Viewer, input: unknown): Promise<TNoteWriteResult> {
  const parsed = ZNoteId.extend({ resolved: ZFlag }).safeParse(input);
  if (!parsed.success) return noteNotFound();
  const { annotationId, resolved } = parsed.data;
  return db.$transaction(async (tx) => {
    const note = await findNoteForWrite(tx, viewer, annotationId);
    if (!note || !canResolve(viewer, note)) return noteNotFound();
    await tx.annotation.update({
      where: { id: note.id },
      data: resolved ? { resolvedAt: new Date(), resolvedById: viewer.userId } : { resolvedAt: null, resolvedById: null },
    });
    await tx.auditLog.create({ data: auditEntry(viewer, resolved ? "annotation.resolve" : "annotation.reopen", { type: "Annotation", id: note.id }) });
    return written(undefined);
  });
}

/** Secretariat moderation of a public note: hidden from everyone but the secretariat. */
export async function setAnnotationHidden(viewer: Viewer, input: unknown): Promise<TNoteWriteResult> {
  const parsed = ZNoteId.extend({ hidden: ZFlag }).safeParse(input);
  if (!parsed.success) return noteNotFound();
  const { annotationId, hidden } = parsed.data;
  return db.$transaction(async (tx) => {
    const note = await findNoteForWrite(tx, viewer, annotationId);
    if (!note || !canModerate(viewer, note)) return noteNotFound();
    await tx.annotation.update({
      where: { id: note.id },
      data: hidden ? { hiddenAt: new Date(), hiddenById: viewer.userId } : { hiddenAt: null, hiddenById: null },
    });
    await tx.auditLog.create({
      data: auditEntry(viewer, hidden ? "annotation.hide" : "annotation.unhide", { type: "Annotation", id: note.id }, {
        themeId: note.themeId,
        authorDelegationId: note.delegationId,
      }),
    });
    return written(undefined);
  });
}

/** Records that the viewer has seen the theme's notes up to now ("3 new" resets). */
export async function markThemeNotesSeen(viewer: Viewer, input: unknown): Promise<TNoteWriteResult> {
  const parsed = ZThemeId.safeParse(input);
  if (!parsed.success) return noteNotFound();
  const theme = await db.theme.findFirst({ where: { id: parsed.data.themeId, AND: [visibleThemesWhere(viewer)] }, select: { id: true } });
  if (!theme) return noteNotFound();
  const now = new Date();
  await db.$transaction([
    db.annotationReadMark.upsert({
      where: { userId_themeId: { userId: viewer.userId, themeId: theme.id } },
      create: { userId: viewer.userId, themeId: theme.id, lastSeenAt: now },
      update: { lastSeenAt: now },
    }),
    db.auditLog.create({ data: auditEntry(viewer, "annotation.mark_seen", { type: "Theme", id: theme.id }) }),
  ]);
  return written(undefined);
}
