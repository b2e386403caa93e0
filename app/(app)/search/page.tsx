import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { searchForViewer, type TSearchResults } from "@/lib/dal/search";
import { parseSearchRequest } from "@/lib/validation/search";
import { searchHref } from "@/lib/search/search-url";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const NO_FACETS: TSearchResults["facets"] = { meetings: [], themes: [], delegations: [] };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [t, request] = await Promise.all([getTranslator(), searchParams.then(parseSearchRequest)]);
  return { title: request.kind === "search" ? `${request.q} — ${t.t("search.title")}` : t.t("search.title") };
}

export default async function SearchPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  const [t, request] = await Promise.all([getTranslator(), searchParams.then(parseSearchRequest)]);
  const { filters } = request;
  const results = request.kind === "search" ? await searchForViewer(viewer, request.q, filters) : null;
  const q = request.kind === "empty" ? "" : request.q;
  const narrowed = Boolean(filters.kind || filters.meeting || filters.theme || filters.scope || filters.delegation || filters.from || filters.to);
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-semibold">{t.t("search.title")}</h1>
      <SearchForm q={q} error={request.kind === "invalid" ? request.error : null} filters={filters} facets={results?.facets ?? NO_FACETS} t={t} />
      {/* The count is announced when a search is run (and after paging or filtering). */}
      <p role="status" aria-live="polite" className="font-medium">
        {results ? t.plural("search.summary", results.total, { q }) : null}
      </p>
      {request.kind === "empty" ? <p className="text-muted">{t.t("search.intro")}</p> : null}
      {results && results.groups.length > 0 ? <SearchResults q={q} filters={filters} results={results} t={t} /> : null}
      {results && results.groups.length === 0 ? (
        <section aria-labelledby="no-results-heading" className="grid gap-2">
          <h2 id="no-results-heading" className="text-lg font-semibold">
            {narrowed ? t.t("search.noResultsFiltered", { q }) : t.t("search.noResults", { q })}
          </h2>
          <ul className="list-disc pl-6">
            {narrowed ? (
              <li>
                <Link href={searchHref(q, { page: 1 })} className="text-brand underline underline-offset-2">
                  {t.t("search.removeFilters", { q })}
                </Link>
              </li>
            ) : null}
            <li>{t.t("search.tipSpelling")}</li>
            <li>{t.t("search.tipLanguage")}</li>
          </ul>
        </section>
      ) : null}
    </div>
  );
}
