import "server-only";
// The CSV export of a filtered list: the same visibility, filters and order as the
// screen (lib/dal/actions-query.ts), every page of it, streamed. Rows are read 500 at
// a time, and the next batch only once the client has taken the previous one, so a
// long export never sits in memory whole.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import type { Translator } from "@/lib/i18n/translator";
import type { TActionFilters } from "@/lib/validation/follow-up-actions";
import { csvReadableStream, type TCsvValue } from "@/lib/csv";
import { loadActionDirectory } from "./actions-directory";
import { ACTION_ROW_SELECT, actionsOrderBy, filteredActionsWhere, utcToday } from "./actions-query";
import { toActionRow, type TActionRow } from "./actions";
import { workspaceNow } from "@/lib/time/workspace-date";

export const EXPORT_BATCH = 500;

export function actionsCsvHeader(t: Translator): string[] {
  const c = (key: "title" | "status" | "priority" | "due" | "overdue" | "assignee" | "assigneeDelegation" | "owner" | "scope" | "meeting" | "theme" | "updated" | "link" | "id") =>
    t.t(`actions.csv.${key}`);
  return [c("title"), c("status"), c("priority"), c("due"), c("overdue"), c("assignee"), c("assigneeDelegation"), c("owner"), c("scope"), c("meeting"), c("theme"), c("updated"), c("link"), c("id")];
}

export function actionCsvLine(row: TActionRow, t: Translator, origin: string): TCsvValue[] {
  return [
    row.title,
    t.t(`actions.statuses.${row.status}`),
    t.t(`actions.priorities.${row.priority}`),
    row.dueOn ?? "",
    row.overdue ? t.t("actions.csv.yes") : "",
    row.assignee?.name ?? "",
    row.assignee?.delegationName ?? "",
    row.delegationName,
    t.t(`actions.scopes.${row.scope}`),
    row.meeting?.title ?? "",
    row.theme ? `${row.theme.code} — ${row.theme.title}` : "",
    row.updatedAt.slice(0, 16).replace("T", " "),
    `${origin}/actions/${row.id}`,
    row.id,
  ];
}

export function exportActionsCsv(viewer: Viewer, filters: TActionFilters, t: Translator, origin: string, now = workspaceNow()): ReadableStream<Uint8Array> {
  const where = filteredActionsWhere(viewer, filters, now);
  const orderBy = actionsOrderBy(filters);
  const today = utcToday(now);
  async function* batches() {
    const directory = await loadActionDirectory(viewer);
    for (let skip = 0; ; skip += EXPORT_BATCH) {
      const records = await db.followUpAction.findMany({ where, orderBy, skip, take: EXPORT_BATCH, select: ACTION_ROW_SELECT });
      if (records.length > 0) yield records.map((r) => actionCsvLine(toActionRow(r, directory, today), t, origin));
      if (records.length < EXPORT_BATCH) return;
    }
  }
  return csvReadableStream(actionsCsvHeader(t), batches());
}
