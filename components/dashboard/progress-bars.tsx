import type { Translator } from "@/lib/i18n/translator";
import type { TProgress } from "@/lib/dashboard/delegation-figures";

// Progress as words first ("5 of 8"), then a bar that only repeats them (hidden from
// assistive technology). Rendered as a description list so each figure keeps its name.
export function ProgressBars({ items, t }: { items: { label: string; progress: TProgress }[]; t: Translator }) {
  return (
    <dl className="grid gap-3">
      {items.map(({ label, progress }) => {
        const share = progress.total === 0 ? 0 : Math.round((progress.done / progress.total) * 100);
        return (
          <div key={label} className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1">
            <dt className="font-medium">{label}</dt>
            <dd className="text-right">{t.t("dashboard.progress.value", { done: progress.done, total: progress.total })}</dd>
            <dd aria-hidden="true" className="col-span-2 h-2.5 overflow-hidden rounded bg-line [print-color-adjust:exact]">
              <div className="h-2.5 bg-accent" style={{ width: `${share}%` }} />
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
