import "server-only";
// What the actions screens need around the actions themselves: the meetings and
// themes one can link to, and the people of the viewer's constituent group (possible
// assignees, and the names shown in lists). Loaded once per request; the list and
// the export then read actions alone and look names up here, which keeps the list
// at one query plus its count whatever the filters.
import { cache } from "react";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { visibleMeetingsWhere, visibleThemesWhere } from "@/lib/authz/visibility";
import type { UserRole } from "@/lib/generated/prisma/enums";

export type TDirectoryPerson = {
  id: string;
  name: string;
  role: UserRole;
  delegationId: string;
  delegationName: string;
  /** Inactive people keep their name on old actions but cannot be assigned. */
  assignable: boolean;
};

export type TDirectoryMeeting = { id: string; slug: string; title: string; themes: { id: string; code: string; title: string }[] };

export type TActionDirectory = {
  meetings: TDirectoryMeeting[];
  people: TDirectoryPerson[];
  person: (id: string | null) => TDirectoryPerson | undefined;
  delegationName: (id: string) => string | undefined;
  theme: (id: string | null) => { id: string; code: string; title: string; meetingSlug: string } | undefined;
  meeting: (id: string | null) => TDirectoryMeeting | undefined;
};

async function load(viewer: Viewer): Promise<TActionDirectory> {
  const group = viewer.delegation?.group;
  const [meetings, users] = await Promise.all([
    db.meeting.findMany({
      where: visibleMeetingsWhere(viewer),
      orderBy: [{ startsOn: { sort: "asc", nulls: "last" } }, { position: "asc" }],
      select: {
        id: true,
        slug: true,
        title: true,
        themes: { where: visibleThemesWhere(viewer), orderBy: { position: "asc" }, select: { id: true, code: true, title: true } },
      },
    }),
    // Only the viewer's own group: nobody outside it can own or be assigned an action
    // the viewer can see. The secretariat has no group and so no people here.
    group
      ? db.user.findMany({
          where: { delegation: { group } },
          orderBy: [{ delegation: { name: "asc" } }, { name: "asc" }],
          select: { id: true, name: true, role: true, active: true, delegation: { select: { id: true, name: true, active: true } } },
        })
      : Promise.resolve([]),
  ]);
  const people: TDirectoryPerson[] = users.flatMap((u) =>
    u.delegation
      ? [
          {
            id: u.id,
            name: u.name,
            role: u.role,
            delegationId: u.delegation.id,
            delegationName: u.delegation.name,
            assignable: u.active && u.delegation.active,
          },
        ]
      : [],
  );
  const peopleById = new Map(people.map((p) => [p.id, p]));
  const delegations = new Map(people.map((p) => [p.delegationId, p.delegationName]));
  if (viewer.delegation) delegations.set(viewer.delegation.id, viewer.delegation.name);
  const meetingsById = new Map(meetings.map((m) => [m.id, m]));
  const themesById = new Map(meetings.flatMap((m) => m.themes.map((t) => [t.id, { ...t, meetingSlug: m.slug }] as const)));
  return {
    meetings,
    people,
    person: (id) => (id ? peopleById.get(id) : undefined),
    delegationName: (id) => delegations.get(id),
    theme: (id) => (id ? themesById.get(id) : undefined),
    meeting: (id) => (id ? meetingsById.get(id) : undefined),
  };
}

export const loadActionDirectory = cache(load);

/** Who may be assigned an action of this scope owned by this delegation and group. */
export function assignablePeople(
  directory: TActionDirectory,
  owner: { scope: "DELEGATION" | "GROUP"; delegationId: string },
): TDirectoryPerson[] {
  return directory.people.filter((p) => p.assignable && (owner.scope === "GROUP" || p.delegationId === owner.delegationId));
}
