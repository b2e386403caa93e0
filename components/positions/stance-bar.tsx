import type { Translator } from "@/lib/i18n/translator";
import { STANCE_ORDER, type TStanceSummary } from "@/lib/positions/stance-summary";

const COLOURS = {
  SUPPORT: "bg-[#14643a]",
  SUPPORT_WITH_AMENDMENTS: "bg-[#0b6b6b]",
  OPPOSE: "bg-[#a4161a]",
  UNDECIDED: "bg-[#6b7280]",
} as const;

// How a group's delegations stand: the counts as text (always), and a small stacked
// bar that only illustrates them (hidden from assistive technology, which reads the
// list instead).
export function StanceBar({ summary, label, t }: { summary: TStanceSummary; label: string; t: Translator }) {
  return (
    <div className="grid gap-1 text-sm">
      <p>{t.t("positions.stances.recorded", { recorded: summary.recorded, total: summary.total })}</p>
      <div aria-hidden="true" className="flex h-2 w-full overflow-hidden rounded bg-line" title={label}>
        {STANCE_ORDER.map((value) =>
          summary.shares[value] > 0 ? <span key={value} className={COLOURS[value]} style={{ width: `${summary.shares[value]}%` }} /> : null,
        )}
      </div>
      <ul aria-label={label} className="flex flex-wrap gap-x-3 gap-y-0.5">
        {STANCE_ORDER.map((value) =>
          summary.counts[value] > 0 ? (
            <li key={value} className="flex items-center gap-1">
              <span aria-hidden="true" className={`inline-block h-2 w-2 rounded-full ${COLOURS[value]}`} />
              {t.t("positions.stances.count", { stance: t.t(`positions.stance.${value}`), count: summary.counts[value] })}
            </li>
          ) : null,
        )}
        {summary.missing > 0 ? <li>{t.t("positions.stances.missing", { count: summary.missing })}</li> : null}
      </ul>
    </div>
  );
}
