import type { ActionPriority, ActionStatus } from "@/lib/generated/prisma/enums";
import type { Translator } from "@/lib/i18n/translator";
import { formatDay } from "@/lib/follow-up/format";

// Status, priority and due date always say what they mean in words; colour only
// helps the eye.

const STATUS_STYLE: Record<ActionStatus, string> = {
  OPEN: "border-[#b9c1e6] bg-[#e8ebf7] text-brand-strong",
  IN_PROGRESS: "border-[#a8d5d5] bg-[#e3f2f2] text-[#084f4f]",
  BLOCKED: "border-[#e5b3b5] bg-[#fbeaea] text-danger",
  DONE: "border-[#a9d8bd] bg-[#e6f4ec] text-ok",
  CANCELLED: "border-line bg-surface text-muted line-through decoration-1",
};

export function StatusBadge({ status, t }: { status: ActionStatus; t: Translator }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm ${STATUS_STYLE[status]}`}>{t.t(`actions.statuses.${status}`)}</span>;
}

export function PriorityBadge({ priority, t }: { priority: ActionPriority; t: Translator }) {
  const style = priority === "HIGH" ? "font-semibold border-ink" : "border-line";
  return (
    <span className={`inline-block rounded border bg-white px-2 py-0.5 text-sm ${style}`}>
      {t.t("actions.priorityBadge", { priority: t.t(`actions.priorities.${priority}`) })}
    </span>
  );
}

export function DueDate({
  dueOn,
  overdue,
  dueThisWeek = false,
  t,
}: {
  dueOn: string | null;
  overdue: boolean;
  dueThisWeek?: boolean;
  t: Translator;
}) {
  if (!dueOn) return <span className="text-muted">{t.t("actions.due.none")}</span>;
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <time dateTime={dueOn}>{formatDay(dueOn, t.locale)}</time>
      {overdue ? (
        <span className="rounded border border-danger px-1.5 text-sm font-semibold text-danger">{t.t("actions.due.overdue")}</span>
      ) : dueThisWeek ? (
        <span className="rounded border border-accent px-1.5 text-sm text-accent">{t.t("actions.due.thisWeek")}</span>
      ) : null}
    </span>
  );
}
