import { z } from "zod";
import type { SearchKind } from "@/lib/generated/prisma/enums";
import { zLineText } from "./text";
import { ZIsoDate } from "./follow-up-actions";

// The search page's query string. The words (`q`) are checked like any field — control
// characters and an overlong text get a message beside the box, with the text kept —
// while a mangled filter falls back to "any", so an old link still searches.

export const SEARCH_TEXT_MAX = 200;

export const ZSearchText = zLineText()
  .max(SEARCH_TEXT_MAX, { error: "search.errors.tooLong" })
  .transform((q) => q.trim());

/** URL names of the kinds of document (the `kind` filter and the "all …" links). */
export const SEARCH_KIND_SLUGS = {
  note: "NOTE",
  reply: "REPLY",
  action: "ACTION",
  comment: "ACTION_COMMENT",
  position: "POSITION",
  stance: "STANCE",
  paragraph: "PARAGRAPH",
  instrument: "INSTRUMENT",
  "key-figure": "KEY_FIGURE",
} as const satisfies Record<string, SearchKind>;

export type TSearchKindSlug = keyof typeof SEARCH_KIND_SLUGS;
const KIND_SLUGS = Object.keys(SEARCH_KIND_SLUGS) as [TSearchKindSlug, ...TSearchKindSlug[]];

/** The URL name of each kind. */
export const SEARCH_SLUG_OF_KIND = Object.fromEntries(Object.entries(SEARCH_KIND_SLUGS).map(([slug, kind]) => [kind, slug])) as Record<
  SearchKind,
  TSearchKindSlug
>;

export const SEARCH_PAGE_MAX = 500;

export const ZSearchFilters = z.object({
  kind: z.enum(KIND_SLUGS).optional().catch(undefined),
  meeting: z.uuid().optional().catch(undefined),
  theme: z.uuid().optional().catch(undefined),
  scope: z.enum(["delegation", "group", "all"]).optional().catch(undefined),
  delegation: z.uuid().optional().catch(undefined),
  from: ZIsoDate.optional().catch(undefined),
  to: ZIsoDate.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(SEARCH_PAGE_MAX).catch(1),
});
export type TSearchFilters = z.infer<typeof ZSearchFilters>;

export type TSearchRequest =
  | { kind: "empty"; filters: TSearchFilters }
  | { kind: "invalid"; q: string; error: string; filters: TSearchFilters }
  | { kind: "search"; q: string; filters: TSearchFilters };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Reads the search page's URL parameters: what to search for, or why not. */
export function parseSearchRequest(params: Record<string, string | string[] | undefined>): TSearchRequest {
  const filters = ZSearchFilters.parse(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, first(v)])));
  const raw = first(params.q) ?? "";
  const parsed = ZSearchText.safeParse(raw);
  if (!parsed.success) return { kind: "invalid", q: raw, error: parsed.error.issues[0]?.message ?? "search.errors.invalid", filters };
  return parsed.data === "" ? { kind: "empty", filters } : { kind: "search", q: parsed.data, filters };
}
