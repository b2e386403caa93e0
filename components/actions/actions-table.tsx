import { Link } from "@/components/ui/link";
import type { Translator } from "@/lib/i18n/translator";
import type { TActionRow } from "@/lib/dal/actions";
import type { TActionFilters } from "@/lib/validation/follow-up-actions";
import { filtersToQuery } from "@/lib/follow-up/filters";
import { DueDate, PriorityBadge, StatusBadge } from "./action-badges";
import { langOf } from "@/lib/i18n/content-language";

type TSortable = { key: TActionFilters["sort"]; label: string };

// The list as a real table: a caption saying how it is sorted, column headers that
// sort (with aria-sort on the current one), and every cell in words.
export function ActionsTable({ rows, filters, t }: { rows: TActionRow[]; filters: TActionFilters; t: Translator }) {
  const header = ({ key, label }: TSortable) => {
    const current = filters.sort === key;
    const nextDir = current && filters.dir === "asc" ? "desc" : "asc";
    return (
      <th scope="col" className="px-2 py-2 text-left" aria-sort={current ? (filters.dir === "asc" ? "ascending" : "descending") : undefined}>
        <Link
          href={`/actions${filtersToQuery(filters, { sort: key, dir: nextDir, page: 1 })}`}
          className="text-brand underline-offset-2 hover:underline"
          aria-label={t.t("actions.table.sortBy", { column: label })}
        >
          {label}
          {current ? <span aria-hidden="true">{filters.dir === "asc" ? " ▲" : " ▼"}</span> : null}
        </Link>
      </th>
    );
  };
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">
          {t.t("actions.table.caption", { sort: t.t(`actions.sortKeys.${filters.sort}`) })} ({t.t(`actions.filters.${filters.dir}`)})
        </caption>
        <thead className="border-b-2 border-line">
          <tr>
            {header({ key: "title", label: t.t("actions.table.title") })}
            {header({ key: "status", label: t.t("actions.table.status") })}
            {header({ key: "priority", label: t.t("actions.table.priority") })}
            {header({ key: "due", label: t.t("actions.table.due") })}
            <th scope="col" className="px-2 py-2 text-left">
              {t.t("actions.table.assignee")}
            </th>
            <th scope="col" className="px-2 py-2 text-left">
              {t.t("actions.table.theme")}
            </th>
            <th scope="col" className="px-2 py-2 text-left">
              {t.t("actions.table.scope")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-line align-top">
              <td className="px-2 py-2">
                <Link href={`/actions/${row.id}`} className="font-medium text-brand underline-offset-2 hover:underline" lang={langOf(row.language)}>
                  {row.title}
                </Link>
              </td>
              <td className="px-2 py-2">
                <StatusBadge status={row.status} t={t} />
              </td>
              <td className="px-2 py-2">
                <PriorityBadge priority={row.priority} t={t} />
              </td>
              <td className="px-2 py-2">
                <DueDate dueOn={row.dueOn} overdue={row.overdue} dueThisWeek={row.dueThisWeek} t={t} />
              </td>
              <td className="px-2 py-2">
                {row.assignee ? (
                  <>
                    {row.assignee.name}
                    <span className="block text-muted">{row.assignee.delegationName}</span>
                  </>
                ) : (
                  <span className="text-muted">{t.t("actions.unassigned")}</span>
                )}
              </td>
              <td className="px-2 py-2">
                {row.theme ? <span className="font-mono">{row.theme.code}</span> : null}
                {row.meeting ? <span className="block text-muted">{row.meeting.title}</span> : null}
              </td>
              <td className="px-2 py-2">
                {t.t(`actions.scopes.${row.scope}`)}
                <span className="block text-muted">{row.delegationName}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ActionsPager({ page, pageCount, filters, t }: { page: number; pageCount: number; filters: TActionFilters; t: Translator }) {
  if (pageCount <= 1 && page <= 1) return null;
  return (
    <nav aria-label={t.t("actions.pager.label")} className="flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <Link href={`/actions${filtersToQuery(filters, { page: Math.min(page - 1, pageCount) })}`} className="text-brand underline underline-offset-2">
          {t.t("actions.pager.previous")}
        </Link>
      ) : null}
      <span aria-current="page">{t.t("actions.pager.pageOf", { page, pages: pageCount })}</span>
      {page < pageCount ? (
        <Link href={`/actions${filtersToQuery(filters, { page: page + 1 })}`} className="text-brand underline underline-offset-2">
          {t.t("actions.pager.next")}
        </Link>
      ) : null}
    </nav>
  );
}
