import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { listBoardForViewer } from "@/lib/dal/actions";
import { loadActionListDirectory } from "@/lib/dal/actions-directory";
import { parseActionFilters } from "@/lib/follow-up/filters";
import { ActionsViewsNav } from "@/components/actions/actions-views-nav";
import { ActionsFilters } from "@/components/actions/actions-filters";
import { ActionBoard } from "@/components/actions/action-board";
import { LiveWatch } from "@/components/live/live-watch";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("actions.board.heading") };
}

export default async function ActionsBoardPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  if (!viewer.delegation) notFound();
  const filters = parseActionFilters(await searchParams);
  const [t, directory, board] = await Promise.all([getTranslator(), loadActionListDirectory(viewer, filters.assignee), listBoardForViewer(viewer, filters)]);
  return (
    <div className="grid gap-4">
      <LiveWatch kinds={["action"]} />
      <h1 className="text-2xl font-semibold">{t.t("actions.board.heading")}</h1>
      <ActionsViewsNav viewer={viewer} current="board" t={t} />
      <ActionsFilters filters={filters} directory={directory} t={t} action="/actions/board" board />
      <p>{t.t("actions.board.intro")}</p>
      {board.truncated ? <p className="font-medium">{t.t("actions.board.truncated")}</p> : null}
      <ActionBoard board={board} t={t} />
      <p className="text-sm text-muted">{t.t("actions.board.finished")}</p>
    </div>
  );
}
