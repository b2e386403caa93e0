import { Link } from "@/components/ui/link";
import type { Translator } from "@/lib/i18n/translator";
import type { TDelegationFigures } from "@/lib/dashboard/delegation-figures";
import { formatDay } from "@/lib/follow-up/format";
import { themeHref } from "@/lib/positions/paths";
import { StatusBadge } from "@/components/actions/action-badges";
import { PositionStatusBadge } from "@/components/positions/status-badge";

// What to do next, soonest first: our open actions by due date, then the stances and
// group positions each coming meeting still needs, due on its first day.
export function NextSteps({ figures, t }: { figures: TDelegationFigures; t: Translator }) {
  const due = (dueOn: string | null, overdue: boolean) =>
    dueOn ? (
      <span className={overdue ? "font-semibold text-danger" : undefined}>
        {overdue ? `${t.t("dashboard.nextSteps.overdue")} — ` : ""}
        {t.t("dashboard.nextSteps.due", { date: formatDay(dueOn, t.locale) })}
      </span>
    ) : (
      <span className="text-muted">{t.t("dashboard.nextSteps.noDue")}</span>
    );
  return (
    <section aria-labelledby="next-steps-heading" className="rounded border border-line p-4">
      <h2 id="next-steps-heading" className="mb-3 text-lg font-semibold">
        {t.t("dashboard.nextSteps.heading")}
      </h2>
      {figures.nextSteps.length === 0 ? (
        <p>{t.t("dashboard.nextSteps.empty")}</p>
      ) : (
        <ol className="grid gap-2">
          {figures.nextSteps.map((step) => (
            <li key={step.kind === "action" ? step.id : `${step.kind}-${step.meetingSlug}-${step.themeCode}`} className="grid gap-0.5">
              {step.kind === "action" ? (
                <>
                  <Link href={`/actions/${step.id}`} className="font-medium text-brand underline-offset-2 hover:underline">
                    {step.title}
                  </Link>
                  <span className="flex flex-wrap items-center gap-2 text-sm">
                    <StatusBadge status={step.status} t={t} />
                    {due(step.dueOn, step.overdue)}
                    {step.meeting ? <span className="text-muted">{t.t("dashboard.nextSteps.meeting", { meeting: step.meeting })}</span> : null}
                  </span>
                </>
              ) : (
                <>
                  <Link href={themeHref(step.meetingSlug, step.themeCode)} className="font-medium text-brand underline-offset-2 hover:underline">
                    {t.t(step.kind === "stance" ? "dashboard.nextSteps.stance" : "dashboard.nextSteps.position", { theme: `${step.themeCode} — ${step.themeTitle}` })}
                  </Link>
                  <span className="flex flex-wrap items-center gap-2 text-sm">
                    {step.kind === "position" && step.status ? <PositionStatusBadge status={step.status} t={t} /> : null}
                    {due(step.dueOn, false)}
                    <span className="text-muted">{t.t("dashboard.nextSteps.meeting", { meeting: step.meeting })}</span>
                  </span>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      {figures.nextStepsTotal > figures.nextSteps.length ? (
        <p className="mt-2 text-sm">{t.plural("dashboard.nextSteps.more", figures.nextStepsTotal - figures.nextSteps.length)}</p>
      ) : null}
      <p className="mt-2 text-sm">
        <Link href="/actions" className="text-brand underline underline-offset-2">
          {t.t("dashboard.nextSteps.allActions")}
        </Link>
      </p>
    </section>
  );
}
