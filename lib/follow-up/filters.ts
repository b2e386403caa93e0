// The list's filters travel in the URL, so a filtered view can be bookmarked, shared
// and exported: the CSV link carries the very same query string as the screen.
import { ZActionFilters, type TActionFilters } from "@/lib/validation/follow-up-actions";

export type TSearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

export const DEFAULT_FILTERS: TActionFilters = ZActionFilters.parse({});

const KEYS = ["assignee", "status", "meeting", "theme", "priority", "dueBefore", "overdue", "sort", "dir", "page"] as const satisfies readonly (keyof TActionFilters)[];
// Fails the typecheck if a filter is added to the schema but not to KEYS.
const _everyKeyListed: Record<Exclude<keyof TActionFilters, (typeof KEYS)[number]>, never> = {};

export function parseActionFilters(params: TSearchParams): TActionFilters {
  const raw: Record<string, string | undefined> = {};
  if (params instanceof URLSearchParams) {
    for (const key of params.keys()) raw[key] = params.get(key) ?? undefined;
  } else {
    for (const [key, value] of Object.entries(params)) raw[key] = Array.isArray(value) ? value[0] : value;
  }
  return ZActionFilters.parse(raw);
}

/** The query string of `filters` with `changes` applied; defaults are left out. */
export function filtersToQuery(filters: TActionFilters, changes: Partial<TActionFilters> = {}): string {
  const merged = { ...filters, ...changes };
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = merged[key];
    if (value === undefined || value === false || value === DEFAULT_FILTERS[key]) continue;
    params.set(key, value === true ? "1" : String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}
