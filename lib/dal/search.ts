import "server-only";
// Search across everything the viewer may see: the two statements of
// lib/search/search-sql.ts (what matches among what the viewer may read, counted and
// ranked; then the hits shown, by id), their rows made into what the page shows —
// addresses, safe snippets. The index itself is written at write time, by triggers
// (prisma/migrations/20261201100000_search).
import { db } from "@/lib/db";
import type { PositionStatus, SearchKind, StanceValue } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/viewer";
import { searchWords } from "@/lib/search/query-text";
import { snippetHtml } from "@/lib/search/highlight";
import { hitsSql, matchesSql, SEARCH_KIND_ORDER, SEARCH_PAGE_SIZE, type THitRow, type TMatchesRow, type TSearchFacet } from "@/lib/search/search-sql";
import { notePath, themePath } from "@/lib/annotations/paths";
import { positionHref, stancesHref } from "@/lib/positions/paths";
import { isPositionGroup } from "@/lib/positions/status";
import { SEARCH_KIND_SLUGS, type TSearchFilters } from "@/lib/validation/search";

/** Who wrote it, who may read it, when: as the index has them. */
type THitFacts = Pick<THitRow, "delegation" | "author" | "scope" | "scopeGroup" | "hidden" | "date">;

export type TSearchHit = THitFacts & {
  kind: SearchKind;
  id: string;
  href: string;
  /** Safe HTML: the title with its matches marked (actions, instruments), else "". */
  titleHtml: string;
  /** Safe HTML: a snippet of the text with its matches marked. */
  snippetHtml: string;
  /** The language of the title and snippet, when known (issue 16: `lang` on content). */
  language: string | null;
  theme: { code: string; title: string } | null;
  meeting: string | null;
  /** A paragraph's number. */
  paragraph: number | null;
  /** An instrument's code. */
  code: string | null;
  /** The action a comment is on. */
  actionTitle: string | null;
  positionStatus: PositionStatus | null;
  stanceValue: StanceValue | null;
};

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

const EMPTY_FACETS = { meetings: [], themes: [], delegations: [] };

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
      return stancesHref(row.meetingSlug!, row.themeCode!);
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
    language: row.language,
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
