import "server-only";
// Who else has a group position's editor open right now (issue 11: "someone from
// your group is editing this position"). A row per person and position in
// PostgreSQL, so every app instance sees the same; the editor refreshes its row
// every PRESENCE_REFRESH_SECONDS and removes it when left, and a row older than
// PRESENCE_TTL_SECONDS no longer counts (a tab closed without a word). The database's
// clock decides, never an instance's. Only the group's own members are told, as with
// the rest of a position's making (canSeePositionHistory). Not audited: it records
// no decision, only that a page is open, and would flood the audit log.
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import type { ConstituentGroup } from "@/lib/generated/prisma/enums";
import { canSeePositionHistory } from "@/lib/authz/visibility";
import { findPositionForViewer } from "./positions";
import { ownPositionGroup } from "@/lib/positions/access";

export const PRESENCE_REFRESH_SECONDS = 20;
// The UPDATE trigger of migration 20261203110000_position_presence says the same 45 s
// (a refreshed row that had lapsed is news again): change both together.
export const PRESENCE_TTL_SECONDS = 45;

const NOW_UTC = Prisma.sql`(now() AT TIME ZONE 'UTC')`;
const LAPSED = Prisma.sql`(now() AT TIME ZONE 'UTC') - make_interval(secs => ${PRESENCE_TTL_SECONDS})`;

export type TEditorNow = { name: string; delegation: string };

/**
 * Says that the viewer has their group's position on this theme open in the editor
 * (`editing`), or has left it. Refused ("notFound") to anyone who may not edit it now.
 */
export async function setEditing(viewer: Viewer, meetingSlug: string, themeCode: string, editing: boolean): Promise<{ kind: "ok" | "notFound" }> {
  const group = ownPositionGroup(viewer);
  if (!group) return { kind: "notFound" };
  const position = await findPositionForViewer(viewer, meetingSlug, themeCode, group);
  if (!position) return { kind: "notFound" };
  const themeId = position.theme.id;
  if (editing && position.canEdit) {
    await db.$executeRaw`
      INSERT INTO "PositionPresence" ("themeId", "group", "userId", "seenAt")
      VALUES (${themeId}, ${group}::"ConstituentGroup", ${viewer.userId}, ${NOW_UTC})
      ON CONFLICT ("themeId", "group", "userId") DO UPDATE SET "seenAt" = EXCLUDED."seenAt"`;
    return { kind: "ok" };
  }
  // Leaving, or no longer allowed (the text was agreed meanwhile): not editing.
  await db.positionPresence.deleteMany({ where: { themeId, group, userId: viewer.userId } });
  return editing ? { kind: "notFound" } : { kind: "ok" };
}

/** The other members of the group with this position's editor open now, by name. */
export async function listOtherEditors(viewer: Viewer, themeId: string, group: ConstituentGroup): Promise<TEditorNow[]> {
  if (!canSeePositionHistory(viewer, group)) return [];
  const rows = await db.$queryRaw<{ name: string; delegation: string | null }[]>`
    SELECT u."name", d."name" AS delegation
      FROM "PositionPresence" p
      JOIN "User" u ON u."id" = p."userId"
      LEFT JOIN "Delegation" d ON d."id" = u."delegationId"
     WHERE p."themeId" = ${themeId} AND p."group" = ${group}::"ConstituentGroup"
       AND p."userId" <> ${viewer.userId} AND p."seenAt" > ${LAPSED} AND u."active"
     ORDER BY u."name", p."userId"`;
  return rows.map((r) => ({ name: r.name, delegation: r.delegation ?? "" }));
}
