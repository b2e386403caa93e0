import "server-only";
// Writing a group position: saving a new text, restoring an old one, moving the
// status, a head's agreement. Each takes the viewer explicitly (the actions in
// lib/actions/positions.ts are thin wrappers) and never trusts the form for the
// group: it is the viewer's own.
//
// No lost update: every write names the revision it started from. The check and
// the write are ONE statement — UPDATE … WHERE revision = <base> — in the same
// transaction as the revision row and the audit row, so of two people saving the
// same revision PostgreSQL lets exactly one through (the other's UPDATE waits for
// the row lock, re-reads the row, no longer matches, and changes nothing). The first
// save of a position creates its row with INSERT … ON CONFLICT DO NOTHING on the
// unique (themeId, group), so racing first saves end in the same single UPDATE.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import { auditEntry } from "@/lib/audit";
import { createNotifications } from "@/lib/dal/notifications";
import { findThemeRefForViewer, type TPersonRef, type TThemeRef } from "@/lib/dal/positions";
import { mayChangePositionStatus, mayEditPosition, ownPositionGroup } from "@/lib/positions/access";
import { POSITION_STATUSES, canMoveTo, type TPositionGroup, type TPositionStatus } from "@/lib/positions/status";
import { positionHref } from "@/lib/positions/paths";
import type { TPositionStatusChange } from "@/lib/validation/positions";
import { RENDERER_VERSION, renderMarkdown } from "@/lib/markdown/render";

export type TCurrentVersion = {
  revision: number;
  body: string;
  status: TPositionStatus;
  author: TPersonRef | null;
  savedAt: Date | null;
};

export type TSaveOutcome =
  | { kind: "saved"; revision: number }
  /** Someone saved since `baseRevision`: their text, and the base both started from. */
  | { kind: "conflict"; current: TCurrentVersion; baseBody: string }
  /** The position is AGREED or DELIVERED: a head must reopen it first. */
  | { kind: "locked"; current: TCurrentVersion }
  | { kind: "notFound" };

export type TStatusOutcome =
  | { kind: "changed"; revision: number }
  | { kind: "conflict"; current: TCurrentVersion }
  /** Not a move the current status allows (or nothing written yet). */
  | { kind: "invalid"; current: TCurrentVersion }
  | { kind: "notFound" };

// Under load, a save may wait for a pooled connection and for the row lock; both
// are short, but the defaults (2 s / 5 s) are tight for twenty people at once.
const TX_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;

// PostgreSQL's now() is the transaction's start in the session's time zone; Prisma
// stores timestamps without time zone in UTC, so say so.
const NOW_UTC = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

type TTarget = { theme: TThemeRef; group: TPositionGroup; delegationId: string };

/** The viewer's own group's position on a theme they may see, if they may edit it. */
async function editableTarget(viewer: Viewer, meetingSlug: string, themeCode: string): Promise<TTarget | null> {
  const group = ownPositionGroup(viewer);
  if (!group || !viewer.delegation || !mayEditPosition(viewer, group)) return null;
  const theme = await findThemeRefForViewer(viewer, meetingSlug, themeCode);
  return theme ? { theme, group, delegationId: viewer.delegation.id } : null;
}

export async function savePositionText(
  viewer: Viewer,
  meetingSlug: string,
  themeCode: string,
  input: { body: string; baseRevision: number },
): Promise<TSaveOutcome> {
  const target = await editableTarget(viewer, meetingSlug, themeCode);
  if (!target) return { kind: "notFound" };
  return writeRevision(viewer, target, input.body, input.baseRevision, null);
}

export async function restorePositionRevision(
  viewer: Viewer,
  meetingSlug: string,
  themeCode: string,
  input: { number: number; baseRevision: number },
): Promise<TSaveOutcome> {
  const target = await editableTarget(viewer, meetingSlug, themeCode);
  if (!target) return { kind: "notFound" };
  const old = await db.positionRevision.findFirst({
    where: { number: input.number, position: { themeId: target.theme.id, group: target.group } },
    select: { body: true },
  });
  if (!old) return { kind: "notFound" };
  return writeRevision(viewer, target, old.body, input.baseRevision, input.number);
}

async function writeRevision(
  viewer: Viewer,
  target: TTarget,
  body: string,
  baseRevision: number,
  restoredFrom: number | null,
): Promise<TSaveOutcome> {
  const { theme, group } = target;
  const html = renderMarkdown(body);
  const saved = await db.$transaction(async (tx) => {
    if (baseRevision === 0) {
      await tx.$executeRaw`
        INSERT INTO "GroupPosition" ("id", "themeId", "group", "updatedAt")
        VALUES (${randomUUID()}, ${theme.id}, ${group}::"ConstituentGroup", ${NOW_UTC})
        ON CONFLICT ("themeId", "group") DO NOTHING`;
    }
    const [row] = await tx.$queryRaw<{ id: string; revision: number }[]>`
      UPDATE "GroupPosition"
      SET "body" = ${body}, "bodyHtml" = ${html}, "renderVersion" = ${RENDERER_VERSION}, "revision" = "revision" + 1, "updatedById" = ${viewer.userId}, "updatedAt" = ${NOW_UTC}
      WHERE "themeId" = ${theme.id} AND "group" = ${group}::"ConstituentGroup"
        AND "revision" = ${baseRevision} AND "status" = 'DRAFT'
      RETURNING "id", "revision"`;
    if (!row) return null;
    await tx.positionRevision.create({
      data: { positionId: row.id, number: row.revision, body, status: "DRAFT", authorId: viewer.userId, delegationId: target.delegationId, restoredFrom },
    });
    await tx.auditLog.create({
      data: auditEntry(viewer, restoredFrom ? "position.restore" : "position.save", { type: "GroupPosition", id: row.id }, {
        theme: theme.code,
        group,
        revision: row.revision,
        ...(restoredFrom ? { restoredFrom } : {}),
      }),
    });
    return row.revision;
  }, TX_OPTIONS);
  if (saved !== null) return { kind: "saved", revision: saved };

  const current = await currentVersion(theme.id, group);
  if (current.status !== "DRAFT") return { kind: "locked", current };
  const base = await db.positionRevision.findFirst({
    where: { number: baseRevision, position: { themeId: theme.id, group } },
    select: { body: true },
  });
  return { kind: "conflict", current, baseBody: base?.body ?? "" };
}

async function currentVersion(themeId: string, group: TPositionGroup): Promise<TCurrentVersion> {
  const row = await db.groupPosition.findUnique({
    where: { themeId_group: { themeId, group } },
    select: { id: true, body: true, revision: true, status: true, updatedAt: true },
  });
  if (!row) return { revision: 0, body: "", status: "DRAFT", author: null, savedAt: null };
  const latest = await db.positionRevision.findUnique({
    where: { positionId_number: { positionId: row.id, number: row.revision } },
    select: { author: { select: { name: true } }, delegation: { select: { name: true } } },
  });
  return {
    revision: row.revision,
    body: row.body,
    status: row.status,
    author: latest ? { name: latest.author.name, delegation: latest.delegation.name } : null,
    savedAt: row.revision > 0 ? row.updatedAt : null,
  };
}

/** DRAFT → AGREED → DELIVERED, or back to DRAFT; heads of the group only. */
export async function changePositionStatus(
  viewer: Viewer,
  meetingSlug: string,
  themeCode: string,
  input: TPositionStatusChange,
): Promise<TStatusOutcome> {
  const group = ownPositionGroup(viewer);
  if (!group || !viewer.delegation || !mayChangePositionStatus(viewer, group)) return { kind: "notFound" };
  const theme = await findThemeRefForViewer(viewer, meetingSlug, themeCode);
  if (!theme) return { kind: "notFound" };
  const { to, baseRevision } = input;
  const from = POSITION_STATUSES.filter((s) => canMoveTo(s, to));
  const delegationId = viewer.delegation.id;

  const changed = await db.$transaction(async (tx) => {
    // Same guard as a save: the head acts on the revision they saw, so nobody agrees
    // to or delivers a text that changed under them.
    const [row] = await tx.$queryRaw<{ id: string; revision: number; body: string }[]>`
      UPDATE "GroupPosition"
      SET "status" = ${to}::"PositionStatus",
          "revision" = "revision" + 1,
          "updatedById" = ${viewer.userId},
          "updatedAt" = ${NOW_UTC},
          "agreedAt" = CASE WHEN ${to}::text = 'AGREED' THEN ${NOW_UTC} WHEN ${to}::text = 'DRAFT' THEN NULL ELSE "agreedAt" END,
          "deliveredAt" = CASE WHEN ${to}::text = 'DELIVERED' THEN ${NOW_UTC} WHEN ${to}::text = 'DRAFT' THEN NULL ELSE "deliveredAt" END
      WHERE "themeId" = ${theme.id} AND "group" = ${group}::"ConstituentGroup"
        AND "revision" = ${baseRevision} AND "revision" > 0
        AND "status"::text IN (${Prisma.join(from)})
      RETURNING "id", "revision", "body"`;
    if (!row) return null;
    await tx.positionRevision.create({
      data: { positionId: row.id, number: row.revision, body: row.body, status: to, authorId: viewer.userId, delegationId },
    });
    if (to === "AGREED") {
      // "Moving to AGREED records which heads agreed": this head, to this revision.
      await tx.positionAgreement.upsert({
        where: { positionId_delegationId: { positionId: row.id, delegationId } },
        create: { positionId: row.id, delegationId, userId: viewer.userId, revision: row.revision },
        update: { userId: viewer.userId, revision: row.revision, createdAt: new Date() },
      });
    } else if (to === "DRAFT") {
      // Reopened: earlier agreements were to a text that may now change.
      await tx.positionAgreement.deleteMany({ where: { positionId: row.id } });
    }
    const members = await tx.user.findMany({
      where: { active: true, delegation: { group, active: true } },
      select: { id: true },
    });
    await createNotifications(
      tx,
      viewer.userId,
      members.map((m) => ({
        userId: m.id,
        kind: "position.status",
        payload: { key: `positions.notifications.status.${to}`, values: { theme: theme.code, title: theme.title } },
        href: positionHref(theme.meeting.slug, theme.code, group),
      })),
    );
    await tx.auditLog.create({
      data: auditEntry(viewer, "position.status", { type: "GroupPosition", id: row.id }, { theme: theme.code, group, to, revision: row.revision }),
    });
    return row.revision;
  }, TX_OPTIONS);
  if (changed !== null) return { kind: "changed", revision: changed };
  const current = await currentVersion(theme.id, group);
  return current.revision !== baseRevision ? { kind: "conflict", current } : { kind: "invalid", current };
}

/** Another head of the group adds their delegation's agreement to an AGREED text. */
export async function agreeToPosition(
  viewer: Viewer,
  meetingSlug: string,
  themeCode: string,
  input: { baseRevision: number },
): Promise<TStatusOutcome> {
  const group = ownPositionGroup(viewer);
  if (!group || !viewer.delegation || !mayChangePositionStatus(viewer, group)) return { kind: "notFound" };
  const theme = await findThemeRefForViewer(viewer, meetingSlug, themeCode);
  if (!theme) return { kind: "notFound" };
  const delegationId = viewer.delegation.id;
  const agreed = await db.$transaction(async (tx) => {
    // Locks the row and checks it is still the AGREED revision the head read.
    const [row] = await tx.$queryRaw<{ id: string; revision: number }[]>`
      SELECT "id", "revision" FROM "GroupPosition"
      WHERE "themeId" = ${theme.id} AND "group" = ${group}::"ConstituentGroup"
        AND "revision" = ${input.baseRevision} AND "status" = 'AGREED'
      FOR UPDATE`;
    if (!row) return null;
    await tx.positionAgreement.upsert({
      where: { positionId_delegationId: { positionId: row.id, delegationId } },
      create: { positionId: row.id, delegationId, userId: viewer.userId, revision: row.revision },
      update: { userId: viewer.userId, revision: row.revision, createdAt: new Date() },
    });
    await tx.auditLog.create({
      data: auditEntry(viewer, "position.agree", { type: "GroupPosition", id: row.id }, { theme: theme.code, group, revision: row.revision }),
    });
    return row.revision;
  }, TX_OPTIONS);
  if (agreed !== null) return { kind: "changed", revision: agreed };
  const current = await currentVersion(theme.id, group);
  return current.revision !== input.baseRevision ? { kind: "conflict", current } : { kind: "invalid", current };
}
