import "server-only";
// Search across everything the viewer may see, in two SQL statements: the matches of
// the words (full-text, plus trigram similarity for instrument codes and names), kept
// to what the viewer may read (lib/authz/search-visibility.ts) before anything is
// counted, ranked or listed; then the counts per kind, the filter values (meetings,
// themes, delegations among those matches), and the hits shown — the best few of each
// kind, or one page of one kind — then, by id, those hits with their snippets, names
// and addresses. A search page costs two queries whatever the data size; the index is written at
// write time by triggers (prisma/migrations/20261201100000_search).
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ConstituentGroup, PositionStatus, Scope, SearchKind, StanceValue } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/viewer";
import { visibleSearchDocumentsSql, visibleThemesSql } from "@/lib/authz/search-visibility";
import { searchWords } from "@/lib/search/query-text";
import { snippetHtml } from "@/lib/search/highlight";
import { notePath, themePath } from "@/lib/annotations/paths";
import { positionHref } from "@/lib/positions/paths";
import { isPositionGroup } from "@/lib/positions/status";
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
/** How alike typed words and an instrument's code and name must be (pg_trgm word_similarity). */
const INSTRUMENT_SIMILARITY_MIN = 0.6;

export type TSearchHit = {
  kind: SearchKind;
  id: string;
  href: string;
  /** Safe HTML: the title with its matches marked (actions, instruments), else "". */
  titleHtml: string;
  /** Safe HTML: a snippet of the text with its matches marked. */
  snippetHtml: string;
  theme: { code: string; title: string } | null;
  meeting: string | null;
  delegation: string | null;
  author: string | null;
  scope: Scope;
  scopeGroup: ConstituentGroup | null;
  hidden: boolean;
  date: Date | null;
  /** A paragraph's number. */
  paragraph: number | null;
  /** An instrument's code. */
  code: string | null;
  /** The action a comment is on. */
  actionTitle: string | null;
  positionStatus: PositionStatus | null;
  stanceValue: StanceValue | null;
};

export type TSearchFacet = { id: string; label: string; count: number };

export type TSearchResults = {
  words: string[];
  /** Matches per kind, with the narrowing filters (not the kind) applied. */
  counts: Partial<Record<SearchKind, number>>;
  total: number;
  /** Values of the filters among the viewer's matches (before filtering). */
  facets: { meetings: TSearchFacet[]; themes: TSearchFacet[]; delegations: TSearchFacet[] };
  /** Hits grouped by kind, in SEARCH_KIND_ORDER. */
  groups: { kind: SearchKind; hits: TSearchHit[] }[];
  /** With a kind chosen: its pages. */
  page: number;
  pageCount: number;
};

type THitRow = {
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
};

type TMatchesRow = {
  counts: Partial<Record<SearchKind, number>> | null;
  meetings: TSearchFacet[];
  themes: TSearchFacet[];
  delegations: TSearchFacet[];
  shownKinds: SearchKind[] | null;
  shownIds: string[] | null;
};

const EMPTY_FACETS = { meetings: [], themes: [], delegations: [] };

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

// The first query: what matches, what the viewer may read of it (before anything is
// counted), the counts and filter values, and which hits to show.
export function matchesSql(viewer: Viewer, q: string, filters: TSearchFilters): Prisma.Sql {
  const { words, prefixLast, text } = searchWords(q);
  const visible = visibleSearchDocumentsSql(viewer, "d");
  const kind = filters.kind ? SEARCH_KIND_SLUGS[filters.kind] : null;
  const shown = kind ? Prisma.sql`n.kind = ${kind}::"SearchKind"` : Prisma.sql`TRUE`;
  const places = kind
    ? Prisma.sql`place > ${(filters.page - 1) * SEARCH_PAGE_SIZE} AND place <= ${filters.page * SEARCH_PAGE_SIZE}`
    : Prisma.sql`place <= ${HITS_PER_KIND}`;
  // search_query is immutable: with its arguments known, the planner computes the
  // tsquery once and estimates how many rows each audience holds for these words.
  const query = Prisma.sql`search_query(${words}::text[], ${prefixLast})`;
  return Prisma.sql`
    WITH hits AS MATERIALIZED (
      -- An instrument ranks by how alike its code and name are to the words, when more.
      SELECT d.kind, d."sourceId", d."meetingId", d."themeId", d."delegationId", d.scope, d.date,
             greatest(ts_rank(d.vector, ${query}), word_similarity(${text}, i.code || ' ' || i.title)) AS rank
        FROM "SearchDocument" d LEFT JOIN "Instrument" i ON d.kind = 'INSTRUMENT' AND i.id = d."sourceId"
       WHERE d.vector @@ ${query} AND ${visible}
      UNION ALL
      SELECT d.kind, d."sourceId", d."meetingId", d."themeId", d."delegationId", d.scope, d.date,
             word_similarity(${text}, i.code || ' ' || i.title) AS rank
        FROM "SearchDocument" d JOIN "Instrument" i ON i.id = d."sourceId"
       WHERE d.kind = 'INSTRUMENT' AND ${visible}
         AND word_similarity(${text}, i.code || ' ' || i.title) >= ${INSTRUMENT_SIMILARITY_MIN}
         AND NOT coalesce(d.vector @@ ${query}, false)
    ),
    narrowed AS MATERIALIZED (SELECT h.* FROM hits h WHERE ${narrowingSql(filters)}),
    shown AS (
      SELECT kind, "sourceId" FROM (
        SELECT n.kind, n."sourceId",
               row_number() OVER (PARTITION BY n.kind ORDER BY n.rank DESC, n.date DESC NULLS LAST, n."sourceId") AS place
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

// The second query: the hits to show, by id (search_document_text reads each source
// row by its primary key), with their snippets, names and what their address needs. Visibility is
// applied again: something hidden or deleted since the first query is left out.
export function hitsSql(viewer: Viewer, q: string, kinds: SearchKind[], ids: string[]): Prisma.Sql {
  const { words, prefixLast } = searchWords(q);
  return Prisma.sql`
    WITH q AS MATERIALIZED (SELECT search_query(${words}::text[], ${prefixLast}) AS query)
    SELECT s.kind, s."sourceId" AS id, src."parentId", src.detail,
           CASE WHEN s.kind IN ('ACTION', 'INSTRUMENT') THEN search_headline(d.language, src.title, q.query, true) ELSE '' END AS "titleHeadline",
           search_headline(d.language, src.body, q.query, false) AS headline,
           t.code AS "themeCode", t.title AS "themeTitle", mt.slug AS "meetingSlug", mt.title AS "meetingTitle",
           home.code AS "homeThemeCode", home.slug AS "homeMeetingSlug",
           dl.name AS delegation, u.name AS author, d.scope, d."scopeGroup", d.hidden, d.date
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

function hrefOf(row: THitRow): string {
  const theme = row.themeCode && row.meetingSlug ? themePath(row.meetingSlug, row.themeCode) : null;
  switch (row.kind) {
    case "NOTE":
      return notePath(row.meetingSlug!, row.themeCode!, row.id);
    case "REPLY":
      return `${notePath(row.meetingSlug!, row.themeCode!, row.parentId!)}#reply-${row.id}`;
    case "ACTION":
      return `/actions/${row.id}`;
    case "ACTION_COMMENT":
      return `/actions/${row.parentId}#comment-${row.id}`;
    case "POSITION":
      return row.scopeGroup && isPositionGroup(row.scopeGroup) ? positionHref(row.meetingSlug!, row.themeCode!, row.scopeGroup) : theme!;
    case "STANCE":
      return `${theme}#our-stance-heading`;
    case "PARAGRAPH":
      return `${theme}#p${row.detail}`;
    case "INSTRUMENT":
    case "KEY_FIGURE": {
      const home = row.homeThemeCode && row.homeMeetingSlug ? themePath(row.homeMeetingSlug, row.homeThemeCode) : "/";
      return `${home}#${row.kind === "INSTRUMENT" ? "instruments-heading" : "figures-heading"}`;
    }
  }
}

function toHit(row: THitRow): TSearchHit {
  return {
    kind: row.kind,
    id: row.id,
    href: hrefOf(row),
    titleHtml: row.titleHeadline ? snippetHtml(row.titleHeadline) : "",
    snippetHtml: snippetHtml(row.headline),
    theme: row.themeCode && row.themeTitle ? { code: row.themeCode, title: row.themeTitle } : null,
    meeting: row.meetingTitle,
    delegation: row.delegation,
    author: row.author,
    scope: row.scope,
    scopeGroup: row.scopeGroup,
    hidden: row.hidden,
    date: row.date,
    paragraph: row.kind === "PARAGRAPH" && row.detail ? Number(row.detail) : null,
    code: row.kind === "INSTRUMENT" ? row.detail : null,
    actionTitle: row.kind === "ACTION_COMMENT" ? row.detail : null,
    positionStatus: row.kind === "POSITION" ? (row.detail as PositionStatus) : null,
    stanceValue: row.kind === "STANCE" ? (row.detail as StanceValue) : null,
  };
}

/** What the viewer finds for `q` with these filters (q already validated: lib/validation/search.ts). */
export async function searchForViewer(viewer: Viewer, q: string, filters: TSearchFilters): Promise<TSearchResults> {
  const { words } = searchWords(q);
  const empty: TSearchResults = { words, counts: {}, total: 0, facets: EMPTY_FACETS, groups: [], page: 1, pageCount: 0 };
  if (words.length === 0) return empty;
  const [row] = await db.$queryRaw<TMatchesRow[]>(matchesSql(viewer, q, filters));
  if (!row) return empty;
  const counts = row.counts ?? {};
  const ids = row.shownIds ?? [];
  const hits = ids.length > 0 ? await db.$queryRaw<THitRow[]>(hitsSql(viewer, q, row.shownKinds ?? [], ids)) : [];
  const byKind = new Map<SearchKind, TSearchHit[]>();
  for (const hit of hits.map(toHit)) byKind.set(hit.kind, [...(byKind.get(hit.kind) ?? []), hit]);
  const kind = filters.kind ? SEARCH_KIND_SLUGS[filters.kind] : null;
  const pageCount = kind ? Math.ceil((counts[kind] ?? 0) / SEARCH_PAGE_SIZE) : 0;
  return {
    words,
    counts,
    total: Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0),
    facets: { meetings: row.meetings, themes: row.themes, delegations: row.delegations },
    groups: SEARCH_KIND_ORDER.filter((k) => byKind.has(k)).map((k) => ({ kind: k, hits: byKind.get(k)! })),
    page: filters.page,
    pageCount,
  };
}
