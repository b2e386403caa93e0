import "server-only";
// The secretariat's work on meetings and themes. Theme text is edited paragraph by
// paragraph in place (same row, same position), so notes anchored to a paragraph
// stay attached to it and re-anchor by their quote; removed paragraphs leave their
// notes listed as orphaned, never deleted.
import { db } from "@/lib/db";
import { dateFromIso } from "@/lib/dates";
import type { Viewer } from "@/lib/auth/viewer";
import { auditEntry } from "@/lib/audit";
import { canManageContent } from "@/lib/authz/admin";
import type { TMeetingInput, TThemeInput } from "@/lib/validation/admin";
import { fieldError, isUniqueViolation, notFound, ok, type TServiceResult } from "./service-result";


function meetingData(input: TMeetingInput) {
  return { ...input, startsOn: dateFromIso(input.startsOn), endsOn: dateFromIso(input.endsOn) };
}

export async function createMeeting(viewer: Viewer, input: TMeetingInput): Promise<TServiceResult<{ slug: string }>> {
  if (!canManageContent(viewer)) return notFound();
  try {
    return await db.$transaction(async (tx) => {
      const last = await tx.meeting.aggregate({ _max: { position: true } });
      const meeting = await tx.meeting.create({
        data: { ...meetingData(input), overview: [], position: (last._max.position ?? 0) + 1 },
      });
      await tx.auditLog.create({ data: auditEntry(viewer, "meeting.create", { type: "Meeting", id: meeting.id }, { slug: input.slug, title: input.title }) });
      return ok({ slug: meeting.slug });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fieldError("slug", "admin.errors.slugTaken");
    throw error;
  }
}

export async function updateMeeting(viewer: Viewer, slug: string, input: TMeetingInput): Promise<TServiceResult<{ slug: string }>> {
  if (!canManageContent(viewer)) return notFound();
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.meeting.findUnique({ where: { slug } });
      if (!before) return notFound<{ slug: string }>();
      const after = await tx.meeting.update({ where: { id: before.id }, data: meetingData(input) });
      await tx.auditLog.create({
        data: auditEntry(viewer, "meeting.update", { type: "Meeting", id: before.id }, {
          before: { slug: before.slug, title: before.title, venue: before.venue },
          after: { slug: after.slug, title: after.title, venue: after.venue },
        }),
      });
      return ok({ slug: after.slug });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fieldError("slug", "admin.errors.slugTaken");
    throw error;
  }
}

export async function setMeetingArchived(viewer: Viewer, slug: string, archived: boolean): Promise<TServiceResult> {
  if (!canManageContent(viewer)) return notFound();
  return db.$transaction(async (tx) => {
    const meeting = await tx.meeting.findUnique({ where: { slug }, select: { id: true } });
    if (!meeting) return notFound();
    await tx.meeting.update({ where: { id: meeting.id }, data: { archivedAt: archived ? new Date() : null } });
    await tx.auditLog.create({ data: auditEntry(viewer, archived ? "meeting.archive" : "meeting.restore", { type: "Meeting", id: meeting.id }) });
    return ok(undefined);
  });
}

export async function createTheme(viewer: Viewer, meetingSlug: string, input: TThemeInput): Promise<TServiceResult<{ code: string }>> {
  if (!canManageContent(viewer)) return notFound();
  try {
    return await db.$transaction(async (tx) => {
      const meeting = await tx.meeting.findUnique({ where: { slug: meetingSlug }, select: { id: true } });
      if (!meeting) return notFound<{ code: string }>();
      const last = await tx.theme.aggregate({ where: { meetingId: meeting.id }, _max: { position: true } });
      const theme = await tx.theme.create({
        data: {
          meetingId: meeting.id,
          code: input.code,
          title: input.title,
          position: (last._max.position ?? 0) + 1,
          paragraphs: { create: input.background.map((text, i) => ({ position: i + 1, text })) },
        },
      });
      await tx.auditLog.create({ data: auditEntry(viewer, "theme.create", { type: "Theme", id: theme.id }, { code: input.code, paragraphs: input.background.length }) });
      return ok({ code: theme.code });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fieldError("code", "admin.errors.codeTaken");
    throw error;
  }
}

export async function updateTheme(viewer: Viewer, themeId: string, input: TThemeInput): Promise<TServiceResult<{ code: string }>> {
  if (!canManageContent(viewer)) return notFound();
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.theme.findUnique({ where: { id: themeId }, include: { paragraphs: { orderBy: { position: "asc" } } } });
      if (!before) return notFound<{ code: string }>();
      await tx.theme.update({ where: { id: themeId }, data: { code: input.code, title: input.title } });
      for (const [i, text] of input.background.entries()) {
        const existing = before.paragraphs[i];
        if (existing && existing.text !== text) await tx.themeParagraph.update({ where: { id: existing.id }, data: { text } });
        if (!existing) await tx.themeParagraph.create({ data: { themeId, position: i + 1, text } });
      }
      await tx.themeParagraph.deleteMany({ where: { themeId, position: { gt: input.background.length } } });
      await tx.auditLog.create({
        data: auditEntry(viewer, "theme.update", { type: "Theme", id: themeId }, {
          before: { code: before.code, title: before.title, paragraphs: before.paragraphs.length },
          after: { code: input.code, title: input.title, paragraphs: input.background.length },
        }),
      });
      return ok({ code: input.code });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fieldError("code", "admin.errors.codeTaken");
    throw error;
  }
}

/** Swaps a theme with its neighbour in the meeting's order. */
export async function moveTheme(viewer: Viewer, themeId: string, direction: "up" | "down"): Promise<TServiceResult> {
  if (!canManageContent(viewer)) return notFound();
  return db.$transaction(async (tx) => {
    const theme = await tx.theme.findUnique({ where: { id: themeId } });
    if (!theme) return notFound();
    const neighbour = await tx.theme.findFirst({
      where: { meetingId: theme.meetingId, position: direction === "up" ? { lt: theme.position } : { gt: theme.position } },
      orderBy: { position: direction === "up" ? "desc" : "asc" },
    });
    if (!neighbour) return ok(undefined);
    // Positions need not be unique, so a plain swap is safe inside the transaction.
    await tx.theme.update({ where: { id: theme.id }, data: { position: neighbour.position } });
    await tx.theme.update({ where: { id: neighbour.id }, data: { position: theme.position } });
    await tx.auditLog.create({ data: auditEntry(viewer, "theme.reorder", { type: "Theme", id: theme.id }, { direction }) });
    return ok(undefined);
  });
}

export async function setThemeArchived(viewer: Viewer, themeId: string, archived: boolean): Promise<TServiceResult> {
  if (!canManageContent(viewer)) return notFound();
  return db.$transaction(async (tx) => {
    const theme = await tx.theme.findUnique({ where: { id: themeId }, select: { id: true } });
    if (!theme) return notFound();
    await tx.theme.update({ where: { id: theme.id }, data: { archivedAt: archived ? new Date() : null } });
    await tx.auditLog.create({ data: auditEntry(viewer, archived ? "theme.archive" : "theme.restore", { type: "Theme", id: theme.id }) });
    return ok(undefined);
  });
}
