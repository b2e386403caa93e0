// The SQL of a search, as two statements (lib/dal/search.ts runs them; the benchmark
// times them on their own, scripts/bench/search-timings.ts):
//   1. matchesSql — the matches of the words (full-text, plus trigram similarity for
//      instrument codes and names) among the documents the viewer may read
//      (lib/authz/search-visibility.ts: each vector holds its document's audience, so
//      the index is asked for the words and the viewer's audiences at once and
//      nothing else is even read), before anything is counted or ranked; the counts per kind, the filter values among those matches, and
//      which hits to show — the best few of each kind, or one page of one kind;
//   2. hitsSql — those hits by id, with their snippets, names and addresses.
// A search page therefore costs two queries whatever the size of the data.
import { Prisma } from "@/lib/generated/prisma/client";
import type { ConstituentGroup, Scope, SearchKind } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/viewer";
import { searchAudienceQuerySql, searchVisibilityChecksSql, visibleSearchDocumentsSql, visibleThemesSql } from "@/lib/authz/search-visibility";
import { searchWords } from "./query-text";
import { SEARCH_KIND_SLUGS, type TSearchFilters } from "@/lib/validation/search";

/** The order in which kinds are listed: people's writing first, reference material last. */
export const SEARCH_KIND_ORDER: readonly SearchKind[] = [
  "NOTE",
  "REPLY",
  "ACTION",
  "ACTION_COMMENT",
  "POSITION",
  "STANCE",
  "PARAGRAPH",
  "INSTRUMENT",
  "KEY_FIGURE",
];

/** Hits of each kind shown when no kind is chosen. */
export const HITS_PER_KIND = 5;
/** Hits per page of one kind. */
export const SEARCH_PAGE_SIZE = 20;

/** A value of a filter among the viewer's matches, and how many matches have it. */
export type TSearchFacet = { id: string; label: string; count: number };

/** How alike typed words and an instrument's code and name must be (pg_trgm word_similarity). */
const INSTRUMENT_SIMILARITY_MIN = 0.6;

/** The first statement's one row. */
export type TMatchesRow = {
  counts: Partial<Record<SearchKind, number>> | null;
  meetings: TSearchFacet[];
  themes: TSearchFacet[];
  delegations: TSearchFacet[];
  shownKinds: SearchKind[] | null;
  shownIds: string[] | null;
};

/** A row of the second statement. */
export type THitRow = {
  kind: SearchKind;
  id: string;
  parentId: string | null;
  titleHeadline: string;
  headline: string;
  themeCode: string | null;
  themeTitle: string | null;
  meetingSlug: string | null;
  meetingTitle: string | null;
  homeThemeCode: string | null;
  homeMeetingSlug: string | null;
  delegation: string | null;
  author: string | null;
  scope: Scope;
  scopeGroup: ConstituentGroup | null;
  hidden: boolean;
  date: Date | null;
  /** A paragraph's number, an instrument's code, a comment's action title, a position's status, a stance's value. */
  detail: string | null;
  /** The language of the text (`lang` on its title and snippet): seeded reference material is English, people's text as detected; null when unknown. */
  language: string | null;
};

const SCOPES = { delegation: "DELEGATION", group: "GROUP", all: "ALL" } as const;

/** The filters other than kind, as conditions on the matches `h`. */
function narrowingSql(filters: TSearchFilters): Prisma.Sql {
  const and: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filters.meeting) and.push(Prisma.sql`h."meetingId" = ${filters.meeting}`);
  if (filters.theme) and.push(Prisma.sql`h."themeId" = ${filters.theme}`);
  if (filters.scope) and.push(Prisma.sql`h.scope = ${SCOPES[filters.scope]}::"Scope"`);
  if (filters.delegation) and.push(Prisma.sql`h."delegationId" = ${filters.delegation}`);
  if (filters.from) and.push(Prisma.sql`h.date >= ${filters.from}::date`);
  if (filters.to) and.push(Prisma.sql`h.date < ${filters.to}::date + 1`);
  return Prisma.join(and, " AND ");
}

// The first statement: what matches, what the viewer may read of it (before anything is
// counted), the counts and filter values, and which hits to show.
export function matchesSql(viewer: Viewer, q: string, filters: TSearchFilters): Prisma.Sql {
  const { words, prefixLast, text } = searchWords(q);
  const checks = searchVisibilityChecksSql(viewer, "d");
  const kind = filters.kind ? SEARCH_KIND_SLUGS[filters.kind] : null;
  const shown = kind ? Prisma.sql`n.kind = ${kind}::"SearchKind"` : Prisma.sql`TRUE`;
  const places = kind
    ? Prisma.sql`place > ${(filters.page - 1) * SEARCH_PAGE_SIZE} AND place <= ${filters.page * SEARCH_PAGE_SIZE}`
    : Prisma.sql`place <= ${HITS_PER_KIND}`;
  // search_query and search_audience_query are immutable: with their arguments known,
  // the planner computes the tsqueries once, and estimates the rows from them.
  const query = Prisma.sql`search_query(${words}::text[], ${prefixLast})`;
  const readable = Prisma.sql`(${query} && ${searchAudienceQuerySql(viewer)})`;
  return Prisma.sql`
    WITH hits AS MATERIALIZED (
      SELECT d.kind, d."sourceId", d."meetingId", d."themeId", d."delegationId", d.scope, d.date, ts_rank(d.vector, ${query}) AS rank
        FROM "SearchDocument" d
       WHERE d.vector @@ ${readable} AND d.kind <> 'INSTRUMENT' AND ${checks}
      UNION ALL
      -- The few instruments: by their words, or by how alike their code and name are
      -- to what was typed ("No. 189", "C97", a misspelt name), which also ranks them.
      SELECT d.kind, d."sourceId", d."meetingId", d."themeId", d."delegationId", d.scope, d.date,
             greatest(ts_rank(d.vector, ${query}), word_similarity(${text}, i.code || ' ' || i.title)) AS rank
        FROM "SearchDocument" d JOIN "Instrument" i ON i.id = d."sourceId"
       WHERE d.kind = 'INSTRUMENT' AND d.vector @@ ${searchAudienceQuerySql(viewer)} AND ${checks}
         AND (d.vector @@ ${query} OR word_similarity(${text}, i.code || ' ' || i.title) >= ${INSTRUMENT_SIMILARITY_MIN})
    ),
    narrowed AS MATERIALIZED (SELECT h.* FROM hits h WHERE ${narrowingSql(filters)}),
    shown AS (
      SELECT kind, "sourceId" FROM (
        SELECT n.kind, n."sourceId",
               row_number() OVER (PARTITION BY n.kind ORDER BY n.rank DESC, n.date DESC NULLS LAST, n."sourceId" COLLATE "C") AS place
          FROM narrowed n WHERE ${shown}
      ) ranked
      WHERE ${places}
      ORDER BY kind, place
    )
    SELECT
      (SELECT json_object_agg(kind, n) FROM (SELECT kind, count(*)::int AS n FROM narrowed GROUP BY kind) c) AS counts,
      (SELECT coalesce(json_agg(json_build_object('id', m.id, 'label', m.title, 'count', f.n) ORDER BY m.position), '[]')
         FROM (SELECT "meetingId" AS id, count(*)::int AS n FROM hits WHERE "meetingId" IS NOT NULL GROUP BY 1) f
         JOIN "Meeting" m ON m.id = f.id) AS meetings,
      (SELECT coalesce(json_agg(json_build_object('id', t.id, 'label', t.code || ' — ' || t.title, 'count', f.n) ORDER BY m.position, t.position), '[]')
         FROM (SELECT "themeId" AS id, count(*)::int AS n FROM hits WHERE "themeId" IS NOT NULL GROUP BY 1) f
         JOIN "Theme" t ON t.id = f.id JOIN "Meeting" m ON m.id = t."meetingId") AS themes,
      (SELECT coalesce(json_agg(json_build_object('id', dl.id, 'label', dl.name, 'count', f.n) ORDER BY dl.name), '[]')
         FROM (SELECT "delegationId" AS id, count(*)::int AS n FROM hits WHERE "delegationId" IS NOT NULL GROUP BY 1) f
         JOIN "Delegation" dl ON dl.id = f.id) AS delegations,
      (SELECT array_agg(kind) FROM shown) AS "shownKinds",
      (SELECT array_agg("sourceId") FROM shown) AS "shownIds"`;
}

// The second statement: the hits to show, by id (search_document_text reads each source
// row by its primary key), with their snippets, names and what their address needs. Visibility is
// applied again: something hidden or deleted since the first query is left out.
export function hitsSql(viewer: Viewer, q: string, kinds: SearchKind[], ids: string[]): Prisma.Sql {
  const { words, prefixLast } = searchWords(q);
  return Prisma.sql`
    WITH q AS MATERIALIZED (SELECT search_query(${words}::text[], ${prefixLast}) AS query)
    SELECT s.kind, s."sourceId" AS id, src."parentId", src.detail,
           -- An action is named by its title, an instrument by its name (its body).
           CASE s.kind WHEN 'ACTION' THEN search_headline(d.language, src.title, q.query, true)
                       WHEN 'INSTRUMENT' THEN search_headline(d.language, src.body, q.query, true) ELSE '' END AS "titleHeadline",
           CASE WHEN s.kind = 'INSTRUMENT' THEN '' ELSE search_headline(d.language, src.body, q.query, false) END AS headline,
           t.code AS "themeCode", t.title AS "themeTitle", mt.slug AS "meetingSlug", mt.title AS "meetingTitle",
           home.code AS "homeThemeCode", home.slug AS "homeMeetingSlug",
           dl.name AS delegation, u.name AS author, d.scope, d."scopeGroup", d.hidden, d.date,
           CASE WHEN s.kind IN ('PARAGRAPH', 'INSTRUMENT', 'KEY_FIGURE') THEN 'en' ELSE d.language::text END AS language
      FROM unnest(${kinds}::"SearchKind"[], ${ids}::text[]) WITH ORDINALITY AS s(kind, "sourceId", place)
      JOIN "SearchDocument" d ON d.kind = s.kind AND d."sourceId" = s."sourceId"
      CROSS JOIN LATERAL search_document_text(s.kind, s."sourceId") src
      CROSS JOIN q
      LEFT JOIN "Theme" t ON t.id = d."themeId"
      LEFT JOIN "Meeting" mt ON mt.id = d."meetingId"
      LEFT JOIN "Delegation" dl ON dl.id = d."delegationId"
      LEFT JOIN "User" u ON u.id = d."authorId"
      -- Instruments and key figures are read on theme pages: the first the viewer may open.
      LEFT JOIN LATERAL (
        SELECT t2.code, m2.slug FROM "Theme" t2 JOIN "Meeting" m2 ON m2.id = t2."meetingId"
         WHERE ${visibleThemesSql(viewer, "t2", "m2")}
           AND (s.kind = 'KEY_FIGURE'
                OR EXISTS (SELECT 1 FROM "ThemeInstrument" ti WHERE ti."themeId" = t2.id AND ti."instrumentId" = s."sourceId"))
         ORDER BY m2.position, t2.position
         LIMIT 1
      ) home ON s.kind IN ('INSTRUMENT', 'KEY_FIGURE')
     WHERE ${visibleSearchDocumentsSql(viewer, "d")}
     ORDER BY s.place`;
}
