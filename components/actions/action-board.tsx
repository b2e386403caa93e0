import { Link } from "@/components/ui/link";
import type { Translator } from "@/lib/i18n/translator";
import type { TBoard } from "@/lib/dal/actions";
import { allowedNextStatuses } from "@/lib/follow-up/status-transitions";
import { DueDate, PriorityBadge } from "./action-badges";
import { BoardCard } from "./board-card";
import { StatusMoveForm } from "./status-move-form";
import { statusLabels } from "./action-form-labels";
import { langOf } from "@/lib/i18n/content-language";

// One column per status, each a headed list, so screen-reader users can jump between
// columns by heading and hear how many cards each holds. Cards move with a select and
// a button (no dragging needed); only people allowed to change a status get the form.
export function ActionBoard({ board, t }: { board: TBoard; t: Translator }) {
  const labels = statusLabels(t);
  return (
    <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-5">
      {board.columns.map((column) => (
        <section key={column.status} aria-labelledby={`column-${column.status}`} className="rounded border border-line bg-surface p-2">
          <h2 id={`column-${column.status}`} className="mb-2 font-semibold">
            {t.t(`actions.statuses.${column.status}`)}{" "}
            <span className="text-sm font-normal text-muted">({t.plural("actions.board.column", column.total)})</span>
          </h2>
          {column.rows.length < column.total ? (
            <p className="mb-2 text-sm text-muted">{t.t("actions.board.shownOf", { shown: column.rows.length, total: column.total })}</p>
          ) : null}
          {column.rows.length === 0 ? (
            <p className="text-sm text-muted">{t.t("actions.board.emptyColumn")}</p>
          ) : (
            <ul className="grid gap-2">
              {column.rows.map((row) => (
                <BoardCard key={row.id} id={row.id} movedText={t.t("actions.status.moved", { status: t.t(`actions.statuses.${row.status}`) })}>
                  <Link id={`card-${row.id}`} href={`/actions/${row.id}`} className="font-medium text-brand underline-offset-2 hover:underline" lang={langOf(row.language)}>
                    {row.title}
                  </Link>
                  <div className="flex flex-wrap gap-1 text-sm">
                    <PriorityBadge priority={row.priority} t={t} />
                    <DueDate dueOn={row.dueOn} overdue={row.overdue} dueThisWeek={row.dueThisWeek} t={t} />
                  </div>
                  <p className="text-sm text-muted">{row.assignee ? row.assignee.name : t.t("actions.unassigned")}</p>
                  {board.movable.has(row.id) ? (
                    <StatusMoveForm
                      actionId={row.id}
                      fromStatus={row.status}
                      nextStatuses={allowedNextStatuses(row.status)}
                      labels={labels}
                      variant="board"
                      accessibleLabel={t.t("actions.board.moveLabel", { title: row.title })}
                      describedBy={`card-${row.id}`}
                    />
                  ) : null}
                </BoardCard>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
