// Who sees what — the one file. Every query of meetings, themes, notes, actions,
// positions, stances and people takes its `where` from a builder here (DESIGN.md, "Who sees
// what"). Something a viewer may not see is simply not found: pages answer 404.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConstituentGroup, Scope } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/viewer";

// ── Meetings and themes: every signed-in person. Archived ones disappear for
// delegations but stay visible to the secretariat, who may restore them.

export function visibleMeetingsWhere(viewer: Viewer): Prisma.MeetingWhereInput {
  return viewer.role === "SECRETARIAT" ? {} : { archivedAt: null };
}

export function visibleThemesWhere(viewer: Viewer): Prisma.ThemeWhereInput {
  return viewer.role === "SECRETARIAT" ? {} : { archivedAt: null, meeting: { archivedAt: null } };
}

/** The same rule for one theme already loaded with its meeting. */
export function canSeeTheme(viewer: Viewer, theme: { archivedAt: Date | null; meeting: { archivedAt: Date | null } }): boolean {
  return viewer.role === "SECRETARIAT" || (!theme.archivedAt && !theme.meeting.archivedAt);
}

// ── People (the page an @mention links to: name, role, delegation, group):
//   the secretariat        → everyone (it manages every account)
//   members of a delegation → the active people of every delegation of their own
//                             group (their own delegation included), and the
//                             secretariat's officers, who moderate what everyone reads
// Deactivated and not-yet-joined accounts, and the members of a deactivated
// delegation, are found only by the secretariat. The e-mail address is narrower
// still: see canSeeEmailOf.

export function visiblePeopleWhere(viewer: Viewer): Prisma.UserWhereInput {
  if (viewer.role === "SECRETARIAT") return {};
  const group = viewer.delegation?.group;
  return {
    active: true,
    OR: [{ role: "SECRETARIAT" }, ...(group ? [{ delegation: { active: true, group } }] : [])],
  };
}

type TPersonRow = { role: string; active: boolean; delegation: { id: string; group: ConstituentGroup; active: boolean } | null };

/** The same rule for one person already loaded with their delegation. */
export function canSeePerson(viewer: Viewer, person: TPersonRow): boolean {
  if (viewer.role === "SECRETARIAT") return true;
  if (!person.active) return false;
  if (person.role === "SECRETARIAT") return true;
  return Boolean(person.delegation?.active && viewer.delegation && person.delegation.group === viewer.delegation.group);
}

// An address is personal data and the app is the channel between delegations (notes,
// mentions, notifications): only the person's own delegation, who work together,
// and the secretariat, who invited them, see it.
export function canSeeEmailOf(viewer: Viewer, person: { delegation: { id: string } | null }): boolean {
  if (viewer.role === "SECRETARIAT") return true;
  return Boolean(viewer.delegation && person.delegation?.id === viewer.delegation.id);
}

// ── Scoped content (notes and actions carry scope, delegationId and group, fixed
// when written):
//   DELEGATION → members of that delegation
//   GROUP      → members of every delegation of that group
//   ALL        → every signed-in person (the secretariat sees only these)

type TScopedWhere = {
  OR: ({ scope: Scope } & ({ group: ConstituentGroup } | { delegationId: string } | object))[];
};

export function scopedContentWhere(viewer: Viewer): TScopedWhere {
  if (!viewer.delegation) return { OR: [{ scope: "ALL" }] };
  return {
    OR: [
      { scope: "ALL" },
      { scope: "GROUP", group: viewer.delegation.group },
      { scope: "DELEGATION", delegationId: viewer.delegation.id },
    ],
  };
}

/** The same rule for one row already loaded (e.g. after a write). */
export function canSeeScoped(
  viewer: Pick<Viewer, "delegation">,
  row: { scope: Scope; delegationId: string; group: ConstituentGroup },
): boolean {
  if (row.scope === "ALL") return true;
  if (!viewer.delegation) return false;
  if (row.scope === "GROUP") return row.group === viewer.delegation.group;
  return row.delegationId === viewer.delegation.id;
}

// ── Notes (annotations) and their replies: the scoped-content rule above, on a theme
// the viewer may see, not deleted, and not hidden by moderation — except that the
// secretariat still sees the public notes it hid, so it can restore them. Counts use
// `countedAnnotationsWhere`, which leaves hidden notes out for everyone.

type TAnnotationRow = {
  scope: Scope;
  delegationId: string;
  group: ConstituentGroup;
  deletedAt: Date | null;
  hiddenAt: Date | null;
};

export function visibleAnnotationsWhere(viewer: Viewer): Prisma.AnnotationWhereInput {
  return {
    AND: [
      scopedContentWhere(viewer),
      { deletedAt: null, theme: visibleThemesWhere(viewer) },
      viewer.role === "SECRETARIAT" ? {} : { hiddenAt: null },
    ],
  };
}

export function countedAnnotationsWhere(viewer: Viewer): Prisma.AnnotationWhereInput {
  return { AND: [visibleAnnotationsWhere(viewer), { hiddenAt: null }] };
}

/** The same rule for a note already read through visibleAnnotationsWhere. */
export function isCountedAnnotation(note: Pick<TAnnotationRow, "hiddenAt">): boolean {
  return note.hiddenAt === null;
}

/** The same rule for one note already loaded (its theme is checked by the caller). */
export function canSeeAnnotation(viewer: Viewer, note: TAnnotationRow): boolean {
  if (note.deletedAt) return false;
  if (note.hiddenAt && viewer.role !== "SECRETARIAT") return false;
  return canSeeScoped(viewer, note);
}

/** Replies of notes the viewer may see; a reply inherits its note's scope. */
export function visibleAnnotationRepliesWhere(viewer: Viewer): Prisma.AnnotationReplyWhereInput {
  return { deletedAt: null, annotation: visibleAnnotationsWhere(viewer) };
}

// ── Group positions: DRAFT and AGREED only to the group's delegations; DELIVERED to
// everyone.

export function visiblePositionsWhere(viewer: Viewer): Prisma.GroupPositionWhereInput {
  const group = viewer.delegation?.group;
  return group ? { OR: [{ status: "DELIVERED" }, { group }] } : { status: "DELIVERED" };
}

/** The same rule for one position (or a position not written yet: status DRAFT). */
export function canSeePosition(viewer: Pick<Viewer, "delegation">, row: { group: ConstituentGroup; status: string }): boolean {
  return row.status === "DELIVERED" || row.group === viewer.delegation?.group;
}

// How a position came to be — its revisions, earlier drafts and which heads agreed —
// stays with the group even once the text itself is delivered.
export function canSeePositionHistory(viewer: Pick<Viewer, "delegation">, group: ConstituentGroup): boolean {
  return group !== "OBSERVER" && viewer.delegation?.group === group;
}

// The positions matrix tells the secretariat how far each group has got (the status
// of every cell, never a text it may not read); everyone else sees a status only
// where they may read the position itself ("not delivered" otherwise).
export function visiblePositionStatusesWhere(viewer: Viewer): Prisma.GroupPositionWhereInput {
  return viewer.role === "SECRETARIAT" ? {} : visiblePositionsWhere(viewer);
}

// ── Stances: only the delegations of the stance's group. (Others may see counts once
// the group's position is DELIVERED; that aggregate is computed in lib/dal.)

export function visibleStancesWhere(viewer: Viewer): Prisma.StanceWhereInput {
  const group = viewer.delegation?.group;
  return group && group !== "OBSERVER" ? { delegation: { group } } : { id: { in: [] } };
}

/** The same rule for the stances of one group. */
export function canSeeStancesOf(viewer: Pick<Viewer, "delegation">, group: ConstituentGroup): boolean {
  return group !== "OBSERVER" && viewer.delegation?.group === group;
}

/** The counting rule below, for one group whose position status is known. */
export function canCountStancesOf(viewer: Pick<Viewer, "delegation">, group: ConstituentGroup, positionStatus: string | null): boolean {
  if (canSeeStancesOf(viewer, group)) return true;
  return Boolean(viewer.delegation) && group !== "OBSERVER" && positionStatus === "DELIVERED";
}

// Stances that may be counted (never listed): those above, plus, for members of any
// delegation, another group's stances on a theme once that group has DELIVERED its
// position there. The secretariat counts none (it sees statuses only).
export function countableStancesWhere(viewer: Viewer): Prisma.StanceWhereInput {
  if (!viewer.delegation) return { id: { in: [] } };
  const groups = (["GOVERNMENT", "EMPLOYERS", "WORKERS"] as const).filter((g) => g !== viewer.delegation?.group);
  return {
    OR: [
      visibleStancesWhere(viewer),
      ...groups.map((group) => ({
        delegation: { group },
        theme: { positions: { some: { group, status: "DELIVERED" as const } } },
      })),
    ],
  };
}

// ── Live events (lib/live): a stream hears of a change only if its viewer may see
// the thing changed, judged on the audience the row had when written, by the rules
// above — so nobody learns that something they may not read exists, or changed:
//   notes, replies, actions, comments → canSeeScoped (scope, group, delegation)
//   position.saved / .agreement      → canSeePosition (group, new status)
//   position.status                  → also the secretariat (its matrix shows every status)
//   position.presence                → canSeePositionHistory (the group's own members)
//   stance.set                       → canSeeStancesOf (the delegation's group)
//   notification.*                   → its one reader
// A removed note (deleted, hidden) is told to those who could read it, so their page
// drops it.

type TLiveAudience = {
  kind: string;
  scope: Scope | null;
  group: ConstituentGroup | null;
  delegationId: string | null;
  userId: string | null;
  status: string | null;
};

export function canReceiveLiveEvent(viewer: Viewer, event: TLiveAudience): boolean {
  const [family] = event.kind.split(".");
  switch (family) {
    case "note":
    case "reply":
    case "action":
      return Boolean(event.scope && event.group && event.delegationId) && canSeeScoped(viewer, { scope: event.scope!, group: event.group!, delegationId: event.delegationId! });
    case "position":
      // Who is editing is part of how a position is made: for its group only.
      if (event.kind === "position.presence") return Boolean(event.group) && canSeePositionHistory(viewer, event.group!);
      if (!event.group || !event.status) return false;
      if (event.kind === "position.status" && viewer.role === "SECRETARIAT") return true;
      return canSeePosition(viewer, { group: event.group, status: event.status });
    case "stance":
      return Boolean(event.group) && canSeeStancesOf(viewer, event.group!);
    case "notification":
      return event.userId === viewer.userId;
    default:
      return false;
  }
}

// ── Readiness figures (the preparation dashboard). A delegation's dashboard counts
// only what its members may read, with the builders above. The secretariat, who reads
// no private material, gets two counts as the one documented exception (DESIGN.md:
// it "sees overall progress"), never the material itself:
//   stances  → per theme and group, how many delegations have recorded a stance —
//              never which stance, never which delegation
//   activity → how many delegations signed in or wrote something lately — never what
// Everyone else counts stances as countableStancesWhere allows, and no activity.

export function readinessStancesWhere(viewer: Viewer): Prisma.StanceWhereInput {
  return viewer.role === "SECRETARIAT" ? { delegation: { active: true, group: { not: "OBSERVER" } } } : countableStancesWhere(viewer);
}

// Failed or throttled sign-ins and refused requests are not activity: anyone can cause them.
const NOT_ACTIVITY = ["auth.sign_in_failed", "auth.sign_in_throttled", "authz.refused"];

/** Audit rows that show a delegation at work, for the secretariat's count; null for everyone else. */
export function readinessActivityWhere(viewer: Viewer): Prisma.AuditLogWhereInput | null {
  return viewer.role === "SECRETARIAT" ? { delegationId: { not: null }, action: { notIn: NOT_ACTIVITY } } : null;
}
