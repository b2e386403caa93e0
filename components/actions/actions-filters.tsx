import { Link } from "@/components/ui/link";
import type { Translator } from "@/lib/i18n/translator";
import type { TActionDirectory } from "@/lib/dal/actions-directory";
import type { TActionFilters } from "@/lib/validation/follow-up-actions";
import { SORT_KEYS } from "@/lib/validation/follow-up-actions";

const CONTROL = "rounded border border-line bg-white px-2 py-1.5";
const STATUS_VALUES = ["OPEN", "IN_PROGRESS", "BLOCKED", "DONE", "CANCELLED"] as const;

// A plain GET form: the filters land in the URL, so the view can be bookmarked and the
// CSV export link carries the same query. Works without JavaScript.
export function ActionsFilters({
  filters,
  directory,
  t,
  action,
  board = false,
}: {
  filters: TActionFilters;
  directory: TActionDirectory;
  t: Translator;
  action: string;
  board?: boolean;
}) {
  const byDelegation = new Map<string, typeof directory.people>();
  for (const person of directory.people) byDelegation.set(person.delegationName, [...(byDelegation.get(person.delegationName) ?? []), person]);
  return (
    <form method="get" action={action} aria-labelledby="filters-heading" className="rounded border border-line bg-surface p-3">
      <h2 id="filters-heading" className="mb-2 font-semibold">
        {t.t("actions.filters.heading")}
      </h2>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor="filter-assignee" className="font-medium">
            {t.t("actions.filters.assignee")}
          </label>
          <select id="filter-assignee" name="assignee" defaultValue={filters.assignee} className={CONTROL}>
            <option value="me">{t.t("actions.filters.assigneeMe")}</option>
            <option value="any">{t.t("actions.filters.assigneeAny")}</option>
            <option value="none">{t.t("actions.filters.assigneeNone")}</option>
            {[...byDelegation.entries()].map(([delegation, people]) => (
              <optgroup key={delegation} label={delegation}>
                {people.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        {board ? null : (
          <div className="flex flex-col gap-1 text-sm">
            <label htmlFor="filter-status" className="font-medium">
              {t.t("actions.filters.status")}
            </label>
            <select id="filter-status" name="status" defaultValue={filters.status} className={CONTROL}>
              <option value="active">{t.t("actions.filters.statusActive")}</option>
              <option value="all">{t.t("actions.filters.statusAll")}</option>
              {STATUS_VALUES.map((s) => (
                <option key={s} value={s}>
                  {t.t(`actions.statuses.${s}`)}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor="filter-meeting" className="font-medium">
            {t.t("actions.filters.meeting")}
          </label>
          <select id="filter-meeting" name="meeting" defaultValue={filters.meeting ?? ""} className={CONTROL}>
            <option value="">{t.t("actions.filters.anyMeeting")}</option>
            {directory.meetings.map((m) => (
              <option key={m.id} value={m.id}>
                {m.title}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor="filter-theme" className="font-medium">
            {t.t("actions.filters.theme")}
          </label>
          <select id="filter-theme" name="theme" defaultValue={filters.theme ?? ""} className={CONTROL}>
            <option value="">{t.t("actions.filters.anyTheme")}</option>
            {directory.meetings
              .filter((m) => m.themes.length > 0)
              .map((m) => (
                <optgroup key={m.id} label={m.title}>
                  {m.themes.map((theme) => (
                    <option key={theme.id} value={theme.id}>
                      {theme.code} — {theme.title}
                    </option>
                  ))}
                </optgroup>
              ))}
          </select>
        </div>
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor="filter-priority" className="font-medium">
            {t.t("actions.filters.priority")}
          </label>
          <select id="filter-priority" name="priority" defaultValue={filters.priority ?? ""} className={CONTROL}>
            <option value="">{t.t("actions.filters.anyPriority")}</option>
            {(["HIGH", "MEDIUM", "LOW"] as const).map((p) => (
              <option key={p} value={p}>
                {t.t(`actions.priorities.${p}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor="filter-dueBefore" className="font-medium">
            {t.t("actions.filters.dueBefore")}
          </label>
          <input id="filter-dueBefore" type="date" name="dueBefore" defaultValue={filters.dueBefore ?? ""} className={CONTROL} />
        </div>
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor="filter-sort" className="font-medium">
            {t.t("actions.filters.sort")}
          </label>
          <select id="filter-sort" name="sort" defaultValue={filters.sort} className={CONTROL}>
            {SORT_KEYS.map((k) => (
              <option key={k} value={k}>
                {t.t(`actions.sortKeys.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor="filter-dir" className="font-medium">
            {t.t("actions.filters.direction")}
          </label>
          <select id="filter-dir" name="dir" defaultValue={filters.dir} className={CONTROL}>
            <option value="asc">{t.t("actions.filters.asc")}</option>
            <option value="desc">{t.t("actions.filters.desc")}</option>
          </select>
        </div>
        <label className="flex items-center gap-2 text-sm sm:col-span-2">
          <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue} className="h-4 w-4" />
          <span className="font-medium">{t.t("actions.filters.overdue")}</span>
        </label>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="submit" className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong">
          {t.t("actions.filters.apply")}
        </button>
        <Link href={action} className="text-brand underline underline-offset-2">
          {t.t("actions.filters.reset")}
        </Link>
      </div>
    </form>
  );
}
