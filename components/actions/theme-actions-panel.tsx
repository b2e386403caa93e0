import { Link } from "@/components/ui/link";
import type { Viewer } from "@/lib/auth/viewer";
import type { TThemeDetail } from "@/lib/dal/meetings";
import type { Translator } from "@/lib/i18n/translator";
import { can } from "@/lib/authz/permissions";
import { themeActionsFrom } from "@/lib/dal/actions";
import { DueDate, StatusBadge } from "./action-badges";
import { langOf } from "@/lib/i18n/content-language";

// The theme page's follow-up actions: unfinished actions on this theme that the viewer
// may see, and "New action" prefilled with the theme. Nothing for the secretariat,
// which has no actions.
export function ThemeActionsPanel({ viewer, theme, t }: { viewer: Viewer; theme: TThemeDetail; t: Translator }) {
  if (!viewer.delegation) return null;
  // The actions came with the theme (lib/dal/meetings.ts).
  const { rows, total } = themeActionsFrom(theme);
  return (
    <section aria-labelledby="theme-actions-heading" className="rounded border border-line p-4">
      <h2 id="theme-actions-heading" className="mb-2 text-lg font-semibold">
        {t.t("actions.theme.heading")}
      </h2>
      {rows.length === 0 ? (
        <p className="mb-2 text-sm text-muted">{t.t("actions.theme.none")}</p>
      ) : (
        <ul className="mb-2 grid gap-2">
          {rows.map((row) => (
            <li key={row.id} className="text-sm">
              <Link href={`/actions/${row.id}`} className="font-medium text-brand underline-offset-2 hover:underline" lang={langOf(row.language)}>
                {row.title}
              </Link>
              <span className="mt-1 flex flex-wrap items-center gap-1">
                <StatusBadge status={row.status} t={t} />
                <DueDate dueOn={row.dueOn} overdue={row.overdue} dueThisWeek={row.dueThisWeek} t={t} />
                <span className="text-muted">{row.assignee ? row.assignee.name : t.t("actions.unassigned")}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {total > 0 ? (
          <Link href={`/actions?assignee=any&theme=${theme.id}`} className="text-brand underline underline-offset-2">
            {t.plural("actions.theme.seeAll", total)}
          </Link>
        ) : null}
        {can(viewer, "actions.create") ? (
          <Link href={`/actions/new?themeId=${theme.id}`} className="text-brand underline underline-offset-2">
            {t.t("actions.theme.newAction")}
          </Link>
        ) : null}
      </p>
    </section>
  );
}
