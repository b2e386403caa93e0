// Who sees what, for the search index: the rules of visibility.ts written as SQL over
// the columns of "SearchDocument" (a tsvector match cannot be expressed in Prisma's
// `where`, and the counts and facets of a search must be computed in the same query
// as its matches). test/integration/search-visibility.test.ts checks, for every demo
// account and every kind of document, that this admits exactly what the builders of
// visibility.ts (and visibleActionsWhere) admit. Change one, change the other.
//
//   scope ALL         (audience "all")              → everyone signed in
//   scope GROUP       (audience "group:<group>")    → members of that group's delegations
//   scope DELEGATION  (audience "delegation:<id>")  → members of that delegation
//   hidden (a moderated note and its replies) → the secretariat only
//   on a theme (paragraphs, notes, replies, positions, stances) → only while the theme
//     and its meeting are not archived, except for the secretariat; actions and their
//     comments stay readable whatever their theme (as on the actions pages)
// The migration sets the columns: a reply or comment takes its note's or action's
// scope, a position is ALL once DELIVERED and GROUP before, a stance is GROUP (never
// an observer's), deleted rows have no document.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";

/** The condition on rows of "SearchDocument" aliased `alias` (a constant of the caller). */
/** The viewer's audiences: the words of "SearchDocument".audience they may read. */
export function searchAudiencesOf(viewer: Pick<Viewer, "delegation">): string[] {
  const delegation = viewer.delegation;
  return delegation ? ["all", `group:${delegation.group}`, `delegation:${delegation.id}`] : ["all"];
}

/**
 * The condition on rows of "SearchDocument" aliased `alias` (a constant of the caller).
 * The audiences are OR-ed equalities, not IN (…): so the planner reads them from the
 * GIN index together with the words.
 */
export function visibleSearchDocumentsSql(viewer: Viewer, alias = "d"): Prisma.Sql {
  const d = Prisma.raw(alias);
  const audiences = Prisma.join(
    searchAudiencesOf(viewer).map((audience) => Prisma.sql`${d}.audience = ${audience}`),
    " OR ",
  );
  if (viewer.role === "SECRETARIAT") return Prisma.sql`(${audiences})`;
  return Prisma.sql`(${audiences}) AND NOT ${d}.hidden
    AND (${d}.kind NOT IN ('PARAGRAPH', 'NOTE', 'REPLY', 'POSITION', 'STANCE')
         OR ${d}."themeId" IN (SELECT t.id FROM "Theme" t JOIN "Meeting" m ON m.id = t."meetingId"
                                WHERE t."archivedAt" IS NULL AND m."archivedAt" IS NULL))`;
}

/** Themes a viewer may open (visibleThemesWhere), for links from reference documents. */
export function visibleThemesSql(viewer: Viewer, theme = "t", meeting = "m"): Prisma.Sql {
  if (viewer.role === "SECRETARIAT") return Prisma.sql`TRUE`;
  return Prisma.sql`${Prisma.raw(theme)}."archivedAt" IS NULL AND ${Prisma.raw(meeting)}."archivedAt" IS NULL`;
}
