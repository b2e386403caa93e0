import { Link } from "@/components/ui/link";
import type { Translator } from "@/lib/i18n/translator";
import type { TSearchResults } from "@/lib/dal/search";
import { HITS_PER_KIND, SEARCH_KIND_ORDER } from "@/lib/search/search-sql";
import { SEARCH_SLUG_OF_KIND, type TSearchFilters } from "@/lib/validation/search";
import { searchHref } from "@/lib/search/search-url";
import { SearchHit } from "./search-hit";

type Props = { q: string; filters: TSearchFilters; results: TSearchResults; t: Translator };

/** The kinds with their counts: links that show one kind (or all again). */
function KindNav({ q, filters, results, t }: Props) {
  const kinds = SEARCH_KIND_ORDER.filter((kind) => (results.counts[kind] ?? 0) > 0);
  const link = "rounded border px-2 py-1 underline-offset-2 hover:underline";
  return (
    <nav aria-label={t.t("search.byKind")}>
      <ul className="flex flex-wrap gap-2 text-sm">
        <li>
          <Link
            href={searchHref(q, filters, { kind: undefined, page: 1 })}
            aria-current={filters.kind ? undefined : "page"}
            className={`${link} ${filters.kind ? "border-line text-brand" : "border-brand bg-brand text-white"}`}
          >
            {t.t("search.allKinds", { count: results.total })}
          </Link>
        </li>
        {kinds.map((kind) => {
          const slug = SEARCH_SLUG_OF_KIND[kind];
          const current = filters.kind === slug;
          return (
            <li key={kind}>
              <Link
                href={searchHref(q, filters, { kind: slug, page: 1 })}
                aria-current={current ? "page" : undefined}
                className={`${link} ${current ? "border-brand bg-brand text-white" : "border-line text-brand"}`}
              >
                {t.t("search.kindCount", { kind: t.t(`search.kinds.${kind}`), count: results.counts[kind] ?? 0 })}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function Pager({ q, filters, results, t }: Props) {
  if (results.pageCount <= 1) return null;
  const { page, pageCount } = results;
  return (
    <nav aria-label={t.t("search.pager.label")} className="flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <Link href={searchHref(q, filters, { page: Math.min(page - 1, pageCount) })} className="text-brand underline underline-offset-2">
          {t.t("search.pager.previous")}
        </Link>
      ) : null}
      <span aria-current="page">{t.t("search.pager.pageOf", { page, pages: pageCount })}</span>
      {page < pageCount ? (
        <Link href={searchHref(q, filters, { page: page + 1 })} className="text-brand underline underline-offset-2">
          {t.t("search.pager.next")}
        </Link>
      ) : null}
    </nav>
  );
}

// Results grouped by kind, each group a section with its heading and count: all kinds
// show their best few and a link to all of them; one kind shows its pages.
export function SearchResults(props: Props) {
  const { q, filters, results, t } = props;
  return (
    <div className="grid gap-6">
      <KindNav {...props} />
      {results.groups.map((group) => {
        const count = results.counts[group.kind] ?? 0;
        const headingId = `results-${SEARCH_SLUG_OF_KIND[group.kind]}`;
        const kindName = t.t(`search.kinds.${group.kind}`);
        return (
          <section key={group.kind} aria-labelledby={headingId} className="grid gap-3">
            <h2 id={headingId} className="text-lg font-semibold">
              {t.t("search.kindCount", { kind: kindName, count })}
            </h2>
            <ol className="grid gap-3">
              {group.hits.map((hit) => (
                <SearchHit key={hit.id} hit={hit} t={t} />
              ))}
            </ol>
            {!filters.kind && count > HITS_PER_KIND ? (
              <p>
                <Link href={searchHref(q, filters, { kind: SEARCH_SLUG_OF_KIND[group.kind], page: 1 })} className="text-brand underline underline-offset-2">
                  {t.t("search.showAll", { count, kind: kindName })}
                </Link>
              </p>
            ) : null}
          </section>
        );
      })}
      <Pager {...props} />
    </div>
  );
}
