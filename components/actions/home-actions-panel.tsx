import { Link } from "@/components/ui/link";
import type { Viewer } from "@/lib/auth/viewer";
import type { Translator } from "@/lib/i18n/translator";
import { summariseMyActions } from "@/lib/dal/actions";
import { DueDate, StatusBadge } from "./action-badges";
import { langOf } from "@/lib/i18n/content-language";

// Home page: my unfinished actions, with overdue and due-this-week counts in words
// (never colour alone). Nothing for the secretariat, which has no actions.
export async function HomeActionsPanel({ viewer, t }: { viewer: Viewer; t: Translator }) {
  if (!viewer.delegation) return null;
  const summary = await summariseMyActions(viewer);
  return (
    <section aria-labelledby="home-actions-heading" className="rounded border border-line p-4">
      <h2 id="home-actions-heading" className="mb-2 text-lg font-semibold">
        {t.t("actions.home.heading")}
      </h2>
      {summary.open === 0 ? (
        <p>{t.t("actions.home.none")}</p>
      ) : (
        <>
          <ul className="mb-3 flex flex-wrap gap-2" aria-label={t.t("actions.home.heading")}>
            <li className="rounded border border-line px-2 py-0.5">{t.plural("actions.home.open", summary.open)}</li>
            <li className={`rounded border px-2 py-0.5 ${summary.overdue > 0 ? "border-danger font-semibold text-danger" : "border-line"}`}>
              {t.plural("actions.home.overdue", summary.overdue)}
            </li>
            <li className={`rounded border px-2 py-0.5 ${summary.dueThisWeek > 0 ? "border-accent text-accent" : "border-line"}`}>
              {t.plural("actions.home.dueThisWeek", summary.dueThisWeek)}
            </li>
          </ul>
          <ul className="mb-3 grid gap-2">
            {summary.rows.map((row) => (
              <li key={row.id}>
                <Link href={`/actions/${row.id}`} className="font-medium text-brand underline-offset-2 hover:underline" lang={langOf(row.language)}>
                  {row.title}
                </Link>
                <span className="ml-2 inline-flex flex-wrap items-center gap-1 text-sm">
                  <StatusBadge status={row.status} t={t} />
                  <DueDate dueOn={row.dueOn} overdue={row.overdue} dueThisWeek={row.dueThisWeek} t={t} />
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="flex flex-wrap gap-x-4 text-sm">
        <Link href="/actions" className="text-brand underline underline-offset-2">
          {t.t("actions.home.seeAll")}
        </Link>
        {summary.overdue > 0 ? (
          <Link href="/actions?overdue=1" className="text-brand underline underline-offset-2">
            {t.t("actions.home.seeOverdue")}
          </Link>
        ) : null}
      </p>
    </section>
  );
}
