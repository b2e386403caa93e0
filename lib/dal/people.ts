import "server-only";
// People as other people see them: the page an @mention links to, and the directory
// of the people a viewer works with. Scoped by visiblePeopleWhere (lib/authz); the
// e-mail address only where canSeeEmailOf allows it, so it is never in the DTO of
// someone outside the viewer's own delegation.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConstituentGroup, UserRole } from "@/lib/generated/prisma/enums";
import { canSeeEmailOf, visiblePeopleWhere } from "@/lib/authz/visibility";

export type TPersonView = {
  id: string;
  name: string;
  role: UserRole;
  active: boolean;
  delegation: { name: string; group: ConstituentGroup } | null;
  /** Null unless the viewer may see it (own delegation, or the secretariat). */
  email: string | null;
};

/** Enough for a directory of one constituent group and the secretariat. */
export const PEOPLE_LIST_LIMIT = 500;

const PERSON_SELECT = {
  id: true,
  name: true,
  role: true,
  active: true,
  email: true,
  delegation: { select: { id: true, name: true, group: true } },
} as const satisfies Prisma.UserSelect;

type TPersonRow = Prisma.UserGetPayload<{ select: typeof PERSON_SELECT }>;

function toPersonView(viewer: Viewer, row: TPersonRow): TPersonView {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    active: row.active,
    delegation: row.delegation ? { name: row.delegation.name, group: row.delegation.group } : null,
    email: canSeeEmailOf(viewer, row) ? row.email : null,
  };
}

export async function findPersonForViewer(viewer: Viewer, id: string): Promise<TPersonView | null> {
  const row = await db.user.findFirst({ where: { AND: [{ id }, visiblePeopleWhere(viewer)] }, select: PERSON_SELECT });
  return row ? toPersonView(viewer, row) : null;
}

/** The active people the viewer may see: the secretariat first, then by delegation. */
export async function listPeopleForViewer(viewer: Viewer): Promise<{ people: TPersonView[]; truncated: boolean }> {
  const rows = await db.user.findMany({
    where: { AND: [visiblePeopleWhere(viewer), { active: true }] },
    orderBy: [{ delegation: { name: "asc" } }, { name: "asc" }, { id: "asc" }],
    take: PEOPLE_LIST_LIMIT + 1,
    select: PERSON_SELECT,
  });
  return { people: rows.slice(0, PEOPLE_LIST_LIMIT).map((row) => toPersonView(viewer, row)), truncated: rows.length > PEOPLE_LIST_LIMIT };
}
