import "server-only";
// Reads for the administration pages. Each returns null when the viewer may not
// administer the thing, and the page answers 404.
import { db } from "@/lib/db";
import { isoDate } from "@/lib/dates";
import type { Viewer } from "@/lib/auth/viewer";
import { canManageContent, canManageDelegations, canManagePeopleOf } from "@/lib/authz/admin";


export async function listMeetingsForAdmin(viewer: Viewer) {
  if (!canManageContent(viewer)) return null;
  return db.meeting.findMany({
    orderBy: { position: "asc" },
    select: { slug: true, title: true, kind: true, archivedAt: true, _count: { select: { themes: true } } },
  });
}

export async function findMeetingForAdmin(viewer: Viewer, slug: string) {
  if (!canManageContent(viewer)) return null;
  const meeting = await db.meeting.findUnique({
    where: { slug },
    select: {
      slug: true, kind: true, title: true, venue: true, startsOn: true, endsOn: true, archivedAt: true,
      themes: { orderBy: { position: "asc" }, select: { id: true, code: true, title: true, archivedAt: true } },
    },
  });
  if (!meeting) return null;
  return { ...meeting, startsOn: isoDate(meeting.startsOn) ?? "", endsOn: isoDate(meeting.endsOn) ?? "" };
}

export async function findThemeForAdmin(viewer: Viewer, meetingSlug: string, code: string) {
  if (!canManageContent(viewer)) return null;
  return db.theme.findFirst({
    where: { code, meeting: { slug: meetingSlug } },
    select: { id: true, code: true, title: true, paragraphs: { orderBy: { position: "asc" }, select: { text: true } } },
  });
}

export async function listDelegationsForAdmin(viewer: Viewer) {
  if (!canManageDelegations(viewer)) return null;
  return db.delegation.findMany({
    orderBy: [{ group: "asc" }, { name: "asc" }],
    select: { id: true, name: true, group: true, active: true, _count: { select: { members: true } } },
  });
}

const PERSON_SELECT = {
  id: true, name: true, email: true, role: true, active: true, passwordHash: true,
} as const;

function toPerson(u: { id: string; name: string; email: string; role: string; active: boolean; passwordHash: string }) {
  const { passwordHash, ...rest } = u;
  // An invited account has no usable password until the person accepts.
  return { ...rest, invited: passwordHash.startsWith("!") };
}

export async function findDelegationForAdmin(viewer: Viewer, id: string) {
  if (!canManagePeopleOf(viewer, id)) return null;
  const delegation = await db.delegation.findUnique({
    where: { id },
    select: { id: true, name: true, group: true, active: true, members: { orderBy: { name: "asc" }, select: PERSON_SELECT } },
  });
  if (!delegation) return null;
  return { ...delegation, members: delegation.members.map(toPerson) };
}

export async function listSecretariatForAdmin(viewer: Viewer) {
  if (!canManageDelegations(viewer)) return null;
  const people = await db.user.findMany({ where: { role: "SECRETARIAT" }, orderBy: { name: "asc" }, select: PERSON_SELECT });
  return people.map(toPerson);
}

export type TPerson = ReturnType<typeof toPerson>;
