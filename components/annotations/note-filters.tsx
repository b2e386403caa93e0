import type { Translator } from "@/lib/i18n/translator";
import type { TNoteFilters } from "@/lib/validation/annotations";

type Props = {
  t: Translator;
  action: string;
  filters: TNoteFilters;
  delegations: { id: string; name: string }[];
  tags: string[];
};

const SELECT = "rounded border border-line bg-white px-2 py-1.5";

// Filters of the panel, as a plain GET form: the filtered view has its own address
// (shareable, works without script) and the server does the filtering.
export function NoteFilters({ t, action, filters, delegations, tags }: Props) {
  const active = Boolean(filters.scope || filters.delegation || filters.status || filters.tag);
  return (
    <form method="get" action={action} aria-labelledby="note-filters-heading" className="grid gap-2 rounded border border-line bg-surface p-3">
      <h3 id="note-filters-heading" className="font-semibold">
        {t.t("annotations.filters.heading")}
      </h3>
      <div className="grid gap-2 sm:grid-cols-2">
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t.t("annotations.filters.scope")}</span>
          <select name="scope" defaultValue={filters.scope ?? ""} className={SELECT}>
            <option value="">{t.t("annotations.filters.anyScope")}</option>
            <option value="DELEGATION">{t.t("annotations.scopes.DELEGATION")}</option>
            <option value="GROUP">{t.t("annotations.scopes.GROUP")}</option>
            <option value="ALL">{t.t("annotations.scopes.ALL")}</option>
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t.t("annotations.filters.delegation")}</span>
          <select name="delegation" defaultValue={filters.delegation ?? ""} className={SELECT}>
            <option value="">{t.t("annotations.filters.anyDelegation")}</option>
            {delegations.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t.t("annotations.filters.status")}</span>
          <select name="status" defaultValue={filters.status ?? ""} className={SELECT}>
            <option value="">{t.t("annotations.filters.anyStatus")}</option>
            <option value="open">{t.t("annotations.filters.open")}</option>
            <option value="resolved">{t.t("annotations.filters.resolved")}</option>
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t.t("annotations.filters.tag")}</span>
          <select name="tag" defaultValue={filters.tag ?? ""} className={SELECT}>
            <option value="">{t.t("annotations.filters.anyTag")}</option>
            {filters.tag && !tags.includes(filters.tag) ? <option value={filters.tag}>{filters.tag}</option> : null}
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="rounded border border-line bg-white px-3 py-1.5 hover:bg-surface">
          {t.t("annotations.filters.apply")}
        </button>
        {active ? (
          <a href={action} className="text-brand underline underline-offset-2">
            {t.t("annotations.filters.clear")}
          </a>
        ) : null}
      </div>
    </form>
  );
}
