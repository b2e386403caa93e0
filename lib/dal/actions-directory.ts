import "server-only";
// What the actions screens need around the actions themselves: the meetings and
// themes one can link to, and people. The forms, an action's page and the export get
// every person of the viewer's constituent group (possible assignees, names in the
// history). The list and the board, read on every visit, get only the viewer's own
// delegation (the assignee filter) and the person a filter names: a government
// delegate's group has hundreds of people at meeting scale, and the rows carry their
// own names (ACTION_ROW_SELECT). Loaded once per request.
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
  theme: (id: string | null) => { id: string; code: string; title: string; meetingSlug: string } | undefined;
  meeting: (id: string | null) => TDirectoryMeeting | undefined;
};

/** Whose people to load: the whole group, or the viewer's delegation plus one person. */
type TPeopleScope = { kind: "group" } | { kind: "delegation"; alsoPersonId: string | null };

async function load(viewer: Viewer, scope: TPeopleScope): Promise<TActionDirectory> {
  const group = viewer.delegation?.group;
  const peopleWhere =
    scope.kind === "group" || !viewer.delegation
      ? { delegation: { group } }
      : {
          delegation: { group },
          OR: [{ delegationId: viewer.delegation.id }, ...(scope.alsoPersonId ? [{ id: scope.alsoPersonId }] : [])],
        };
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
          where: peopleWhere,
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
  const meetingsById = new Map(meetings.map((m) => [m.id, m]));
  const themesById = new Map(meetings.flatMap((m) => m.themes.map((t) => [t.id, { ...t, meetingSlug: m.slug }] as const)));
  return {
    meetings,
    people,
    person: (id) => (id ? peopleById.get(id) : undefined),
    theme: (id) => (id ? themesById.get(id) : undefined),
    meeting: (id) => (id ? meetingsById.get(id) : undefined),
  };
}

export const loadActionDirectory = cache((viewer: Viewer) => load(viewer, { kind: "group" }));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** For the list and the board: `assignee` is the filter's value ("me", "any", "none" or a person's id). */
export const loadActionListDirectory = cache((viewer: Viewer, assignee: string) =>
  load(viewer, { kind: "delegation", alsoPersonId: UUID.test(assignee) ? assignee : null }),
);

/** Who may be assigned an action of this scope owned by this delegation and group. */
export function assignablePeople(
  directory: TActionDirectory,
  owner: { scope: "DELEGATION" | "GROUP"; delegationId: string },
): TDirectoryPerson[] {
  return directory.people.filter((p) => p.assignable && (owner.scope === "GROUP" || p.delegationId === owner.delegationId));
}
