// Who sees what, for the search index: the rules of visibility.ts written as SQL over
// "SearchDocument" (a tsvector match cannot be expressed in Prisma's `where`, and the
// counts and filter values of a search must come from the same query as its matches).
// test/integration/search-visibility.test.ts checks, for every demo account and every
// kind of document, that this admits exactly what the builders of visibility.ts (and
// visibleActionsWhere) admit. Change one, change the other.
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
// an observer's), deleted rows have no document. Each document's vector holds its
// audience as a lexeme (search_audience), so the audiences are asked of the GIN index
// together with the words.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";

/** The audiences whose documents the viewer may read. */
export function searchAudiencesOf(viewer: Pick<Viewer, "delegation">): string[] {
  const delegation = viewer.delegation;
  return delegation ? ["all", `group:${delegation.group}`, `delegation:${delegation.id}`] : ["all"];
}

/** A tsquery matching any of the viewer's audiences: AND it with the words' tsquery. */
export function searchAudienceQuerySql(viewer: Viewer): Prisma.Sql {
  return Prisma.sql`search_audience_query(${searchAudiencesOf(viewer)}::text[])`;
}

/** The rest of the rule, on rows of "SearchDocument" aliased `alias` (a constant of the caller). */
export function searchVisibilityChecksSql(viewer: Viewer, alias = "d"): Prisma.Sql {
  if (viewer.role === "SECRETARIAT") return Prisma.sql`TRUE`;
  const d = Prisma.raw(alias);
  return Prisma.sql`NOT ${d}.hidden
    AND (${d}.kind NOT IN ('PARAGRAPH', 'NOTE', 'REPLY', 'POSITION', 'STANCE')
         OR ${d}."themeId" IN (SELECT t.id FROM "Theme" t JOIN "Meeting" m ON m.id = t."meetingId"
                                WHERE t."archivedAt" IS NULL AND m."archivedAt" IS NULL))`;
}

/** The whole rule: the documents of "SearchDocument" aliased `alias` the viewer may read. */
export function visibleSearchDocumentsSql(viewer: Viewer, alias = "d"): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(alias)}.vector @@ ${searchAudienceQuerySql(viewer)} AND ${searchVisibilityChecksSql(viewer, alias)}`;
}

/** Themes a viewer may open (visibleThemesWhere), for links from reference documents. */
export function visibleThemesSql(viewer: Viewer, theme = "t", meeting = "m"): Prisma.Sql {
  if (viewer.role === "SECRETARIAT") return Prisma.sql`TRUE`;
  return Prisma.sql`${Prisma.raw(theme)}."archivedAt" IS NULL AND ${Prisma.raw(meeting)}."archivedAt" IS NULL`;
}
