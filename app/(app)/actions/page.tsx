import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { listActionsForViewer } from "@/lib/dal/actions";
import { loadActionListDirectory } from "@/lib/dal/actions-directory";
import { filtersToQuery, parseActionFilters } from "@/lib/follow-up/filters";
import { ActionsViewsNav } from "@/components/actions/actions-views-nav";
import { ActionsFilters } from "@/components/actions/actions-filters";
import { ActionsPager, ActionsTable } from "@/components/actions/actions-table";
import { LiveWatch } from "@/components/live/live-watch";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("actions.title") };
}

export default async function ActionsPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  // The secretariat has no delegation and so no actions: there is nothing here for it.
  if (!viewer.delegation) notFound();
  const filters = parseActionFilters(await searchParams);
  const [t, directory] = await Promise.all([getTranslator(), loadActionListDirectory(viewer, filters.assignee)]);
  const page = await listActionsForViewer(viewer, filters, { directory });
  const from = page.total === 0 ? 0 : (page.page - 1) * page.pageSize + 1;
  const to = Math.min(page.total, page.page * page.pageSize);
  const isMine = filters.assignee === "me";
  const exportQuery = filtersToQuery(filters, { page: 1 });
  return (
    <div className="grid gap-4">
      <LiveWatch kinds={["action"]} />
      <h1 className="text-2xl font-semibold">{t.t("actions.title")}</h1>
      <ActionsViewsNav viewer={viewer} current={isMine ? "mine" : filters.assignee === "any" ? "all" : "other"} t={t} />
      <ActionsFilters filters={filters} directory={directory} t={t} action="/actions" />
      <section aria-labelledby="results-heading" className="grid gap-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="results-heading" className="text-lg font-semibold">
            {t.plural("actions.count", page.total)}
          </h2>
          {page.total > 0 ? (
            <a href={`/actions/export${exportQuery}`} className="rounded border border-line px-3 py-1.5 text-brand underline-offset-2 hover:underline" download>
              {t.t("actions.views.exportCsv")}
            </a>
          ) : null}
        </div>
        {page.rows.length === 0 ? (
          <p>{isMine ? t.t("actions.emptyMine") : t.t("actions.empty")}</p>
        ) : (
          <>
            <p className="text-sm text-muted">{t.t("actions.showing", { from, to, total: page.total })}</p>
            <ActionsTable rows={page.rows} filters={filters} t={t} />
          </>
        )}
        <ActionsPager page={page.page} pageCount={page.pageCount} filters={filters} t={t} />
      </section>
    </div>
  );
}
