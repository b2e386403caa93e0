import "server-only";
// Carrying a group position forward: the group's text on a roundtable of the
// High-level Dialogue becomes the first draft (or a new revision) of the same group's
// position on a technical-meeting theme that follows the roundtable up, with a link
// to the revision it came from (PositionCarry).
//
// Who may: a member of the group who may edit its position (heads and delegates), on
// a target theme they may see, from a linked source theme they may see and a source
// position of their own group that has a text. Anything else they may not see is
// "not found". Refused with a reason, nothing written: carrying the same source to
// the same target twice, and a target that is AGREED or DELIVERED (a head must
// reopen it first). The check and the write happen under the target row's lock, in
// one transaction with the revision, the carry link and the audit row.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import { auditEntry } from "@/lib/audit";
import { visibleThemesWhere } from "@/lib/authz/visibility";
import { findThemeRefForViewer } from "@/lib/dal/positions";
import { mayEditPosition, ownPositionGroup } from "@/lib/positions/access";
import type { TPositionStatus } from "@/lib/positions/status";
import { RENDERER_VERSION, renderMarkdown } from "@/lib/markdown/render";

export type TCarryOutcome =
  | { kind: "carried"; revision: number }
  /** This source position was already carried to this theme. */
  | { kind: "alreadyCarried" }
  /** The group's position on the target is AGREED or DELIVERED. */
  | { kind: "locked"; status: TPositionStatus }
  /** The viewer sees both positions but may not write the target (advisers). */
  | { kind: "refused" }
  | { kind: "notFound" };

const TX_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;
const NOW_UTC = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

export async function carryPosition(viewer: Viewer, meetingSlug: string, themeCode: string, sourceCode: string): Promise<TCarryOutcome> {
  const group = ownPositionGroup(viewer);
  if (!group || !viewer.delegation) return { kind: "notFound" };
  const target = await findThemeRefForViewer(viewer, meetingSlug, themeCode);
  if (!target) return { kind: "notFound" };
  const source = await db.groupPosition.findFirst({
    where: {
      group,
      revision: { gt: 0 },
      theme: { code: sourceCode, AND: [visibleThemesWhere(viewer)], followedBy: { some: { themeId: target.id } } },
    },
    select: { id: true, body: true, revision: true, theme: { select: { code: true } } },
  });
  if (!source) return { kind: "notFound" };
  if (!mayEditPosition(viewer, group)) return { kind: "refused" };
  const delegationId = viewer.delegation.id;

  return db.$transaction(async (tx): Promise<TCarryOutcome> => {
    await tx.$executeRaw`
      INSERT INTO "GroupPosition" ("id", "themeId", "group", "updatedAt")
      VALUES (${randomUUID()}, ${target.id}, ${group}::"ConstituentGroup", ${NOW_UTC})
      ON CONFLICT ("themeId", "group") DO NOTHING`;
    // The lock serialises two carries (or a carry and a status move) of this position.
    const [row] = await tx.$queryRaw<{ id: string; status: TPositionStatus }[]>`
      SELECT "id", "status"::text AS "status" FROM "GroupPosition"
      WHERE "themeId" = ${target.id} AND "group" = ${group}::"ConstituentGroup"
      FOR UPDATE`;
    if (!row) return { kind: "notFound" };
    const already = await tx.positionCarry.findUnique({
      where: { sourcePositionId_targetPositionId: { sourcePositionId: source.id, targetPositionId: row.id } },
      select: { id: true },
    });
    if (already) return { kind: "alreadyCarried" };
    if (row.status !== "DRAFT") return { kind: "locked", status: row.status };
    const updated = await tx.groupPosition.update({
      where: { id: row.id },
      data: {
        body: source.body,
        bodyHtml: renderMarkdown(source.body),
        renderVersion: RENDERER_VERSION,
        revision: { increment: 1 },
        updatedById: viewer.userId,
      },
      select: { revision: true },
    });
    await tx.positionRevision.create({
      data: { positionId: row.id, number: updated.revision, body: source.body, status: "DRAFT", authorId: viewer.userId, delegationId },
    });
    await tx.positionCarry.create({
      data: { sourcePositionId: source.id, sourceRevision: source.revision, targetPositionId: row.id, targetRevision: updated.revision, carriedById: viewer.userId },
    });
    await tx.auditLog.create({
      data: auditEntry(viewer, "position.carry", { type: "GroupPosition", id: row.id }, {
        theme: target.code,
        group,
        revision: updated.revision,
        from: source.theme.code,
        fromRevision: source.revision,
      }),
    });
    return { kind: "carried", revision: updated.revision };
  }, TX_OPTIONS);
}
