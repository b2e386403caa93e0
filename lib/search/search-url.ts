// Addresses of the search page: the words and filters in the query string, so a
// search can be bookmarked, shared with a colleague and paged without JavaScript.
import type { TSearchFilters } from "@/lib/validation/search";

/** /search?q=…&… with `changes` applied; the page is left out when it is the first. */
export function searchHref(q: string, filters: TSearchFilters, changes: Partial<TSearchFilters> = {}): string {
  const merged: Partial<TSearchFilters> = { ...filters, ...changes };
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  for (const key of ["kind", "meeting", "theme", "scope", "delegation", "from", "to"] as const) {
    const value = merged[key];
    if (value) params.set(key, value);
  }
  if (merged.page && merged.page > 1) params.set("page", String(merged.page));
  const query = params.toString();
  return query ? `/search?${query}` : "/search";
}
