import { Link } from "@/components/ui/link";
import type { Translator } from "@/lib/i18n/translator";
import type { TSearchFacet } from "@/lib/search/search-sql";
import type { TSearchFilters } from "@/lib/validation/search";
import { searchHref } from "@/lib/search/search-url";
import { CONTROL_CLASS, Field } from "@/components/ui/field";
import { SEED_CONTENT_LANGUAGE } from "@/lib/i18n/content-language";

const SELECT = "rounded border border-line bg-white px-2 py-1.5";

type Props = {
  q: string;
  error: string | null;
  filters: TSearchFilters;
  facets: { meetings: TSearchFacet[]; themes: TSearchFacet[]; delegations: TSearchFacet[] };
  t: Translator;
};

/** One filter as a select of the values found among the viewer's matches (plus the chosen one). */
function FacetSelect({ id, name, label, any, value, options }: { id: string; name: string; label: string; any: string; value?: string; options: TSearchFacet[] }) {
  return (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={SELECT}>
        <option value="">{any}</option>
        {options.map((o) => (
          // Meeting, theme and delegation names are meeting content, in English.
          <option key={o.id} value={o.id} lang={SEED_CONTENT_LANGUAGE}>
            {`${o.label} (${o.count})`}
          </option>
        ))}
      </select>
    </div>
  );
}

// A plain GET form: the words and filters land in the URL (bookmarkable, works
// without JavaScript). A refused text comes back in the box with its message beside it.
export function SearchForm({ q, error, filters, facets, t }: Props) {
  const hasFilters = Boolean(filters.meeting || filters.theme || filters.scope || filters.delegation || filters.from || filters.to);
  return (
    <form role="search" method="get" action="/search" aria-label={t.t("search.title")} className="grid gap-4">
      <div className="flex flex-wrap items-start gap-2">
        <div className="min-w-64 flex-1">
          <Field id="search-q" label={t.t("search.field")} hint={t.t("search.fieldHint")} error={error ? t.tKnown(error, "search.errors.invalid") : undefined}>
            {(a11y) => <input {...a11y} type="search" name="q" defaultValue={q} aria-keyshortcuts="/" className={`${CONTROL_CLASS} w-full`} />}
          </Field>
        </div>
        <button type="submit" className="mt-7 rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong">
          {t.t("search.submit")}
        </button>
      </div>
      {filters.kind ? <input type="hidden" name="kind" value={filters.kind} /> : null}
      <fieldset className="rounded border border-line bg-surface p-3">
        <legend className="px-1 font-semibold">{t.t("search.filters.heading")}</legend>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          <FacetSelect id="filter-meeting" name="meeting" label={t.t("search.filters.meeting")} any={t.t("search.filters.anyMeeting")} value={filters.meeting} options={facets.meetings} />
          <FacetSelect id="filter-theme" name="theme" label={t.t("search.filters.theme")} any={t.t("search.filters.anyTheme")} value={filters.theme} options={facets.themes} />
          <FacetSelect
            id="filter-delegation"
            name="delegation"
            label={t.t("search.filters.delegation")}
            any={t.t("search.filters.anyDelegation")}
            value={filters.delegation}
            options={facets.delegations}
          />
          <div className="flex flex-col gap-1 text-sm">
            <label htmlFor="filter-scope" className="font-medium">
              {t.t("search.filters.scope")}
            </label>
            <select id="filter-scope" name="scope" defaultValue={filters.scope ?? ""} className={SELECT}>
              <option value="">{t.t("search.filters.anyScope")}</option>
              {(["delegation", "group", "all"] as const).map((scope) => (
                <option key={scope} value={scope}>
                  {t.t(`search.scopes.${scope}`)}
                </option>
              ))}
            </select>
          </div>
          {(["from", "to"] as const).map((name) => (
            <div key={name} className="flex flex-col gap-1 text-sm">
              <label htmlFor={`filter-${name}`} className="font-medium">
                {t.t(`search.filters.${name}`)}
              </label>
              <input id={`filter-${name}`} type="date" name={name} defaultValue={filters[name] ?? ""} className={SELECT} />
            </div>
          ))}
        </div>
        <div className="mt-3 flex flex-wrap items-center gap-4">
          <button type="submit" className="btn-small">
            {t.t("search.filters.apply")}
          </button>
          {hasFilters ? (
            <Link href={searchHref(q, { page: 1, kind: filters.kind })} className="link-small">
              {t.t("search.filters.clear")}
            </Link>
          ) : null}
        </div>
      </fieldset>
    </form>
  );
}
