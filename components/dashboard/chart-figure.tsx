import type { ReactNode } from "react";
import type { Translator } from "@/lib/i18n/translator";

// A chart with what makes it readable without sight: a visible title, a sentence with
// its main figures, the drawing itself (one image, named by the title and described
// by that sentence) and every figure as a table in a disclosure — Tab to "The figures
// as a table", Enter opens it. The drawing repeats the table; it never says more.
export function ChartFigure({ id, title, summary, t, children, table }: { id: string; title: string; summary: string; t: Translator; children: ReactNode; table: ReactNode }) {
  return (
    <figure aria-labelledby={`${id}-title`} className="grid gap-2 break-inside-avoid">
      <figcaption id={`${id}-title`} className="font-semibold">
        {title}
      </figcaption>
      <p id={`${id}-summary`} className="text-sm text-muted">
        {summary}
      </p>
      {children}
      <details className="text-sm">
        <summary className="cursor-pointer text-brand underline underline-offset-2">{t.t("dashboard.chart.showTable")}</summary>
        <div className="mt-2 overflow-x-auto">{table}</div>
      </details>
    </figure>
  );
}

/** The <svg> of a chart: one image named by the figure's title and described by its summary. */
export function ChartSvg({ id, width, height, children }: { id: string; width: number; height: number; children: ReactNode }) {
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-summary`}
      viewBox={`0 0 ${width} ${height}`}
      className="h-auto w-full max-w-3xl text-ink [print-color-adjust:exact]"
      fontSize={12}
      fontFamily="inherit"
    >
      {children}
    </svg>
  );
}
