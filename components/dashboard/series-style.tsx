// Fills of the chart series: a colour and a pattern, so that series stay apart in grey
// print and for people who do not tell the colours apart. Legends show the same
// swatch next to the series' name.

export type TSeriesStyle = { colour: string; pattern: "solid" | "hatch" | "dots" | "cross" };
export type TSeries = { name: string; style: TSeriesStyle };

const BRAND: TSeriesStyle = { colour: "#1e2d78", pattern: "solid" };
const GREY: TSeriesStyle = { colour: "#6b7280", pattern: "hatch" };

/** Fills by meaning: work not begun is grey, under way striped, stuck crossed, finished solid green. */
export const STYLES = {
  count: BRAND,
  yes: BRAND,
  no: GREY,
  notStarted: { colour: "#6b7280", pattern: "dots" },
  underWay: { colour: "#1e2d78", pattern: "hatch" },
  stuck: { colour: "#a4161a", pattern: "cross" },
  agreed: { colour: "#0b6b6b", pattern: "cross" },
  finished: { colour: "#14643a", pattern: "solid" },
} satisfies Record<string, TSeriesStyle>;

export const patternId = (chartId: string, index: number) => `${chartId}-fill-${index}`;

/** <defs> with one fill per series, named after the chart so several charts share a page. */
export function SeriesPatterns({ chartId, series }: { chartId: string; series: TSeries[] }) {
  return (
    <defs>
      {series.map(({ style }, i) => (
        <pattern key={i} id={patternId(chartId, i)} width={6} height={6} patternUnits="userSpaceOnUse">
          <rect width={6} height={6} fill={style.colour} opacity={style.pattern === "solid" ? 1 : 0.85} />
          {style.pattern === "hatch" ? <path d="M0 6 L6 0" stroke="white" strokeWidth={1.4} /> : null}
          {style.pattern === "cross" ? <path d="M0 0 L6 6 M6 0 L0 6" stroke="white" strokeWidth={1} /> : null}
          {style.pattern === "dots" ? <circle cx={3} cy={3} r={1.2} fill="white" /> : null}
        </pattern>
      ))}
    </defs>
  );
}

/** A legend swatch with the fill the chart `chartId` defined for series `index` (ids are page-wide). */
export function LegendSwatch({ chartId, index, style }: { chartId: string; index: number; style: TSeriesStyle }) {
  return (
    <svg aria-hidden="true" width={14} height={14} className="inline-block align-[-2px] [print-color-adjust:exact]">
      <rect x={0.5} y={0.5} width={13} height={13} fill={`url(#${patternId(chartId, index)})`} stroke={style.colour} />
    </svg>
  );
}

/** The names of a chart's series with their swatches, in the order the chart draws them. */
export function Legend({ chartId, series }: { chartId: string; series: TSeries[] }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {series.map(({ name, style }, i) => (
        <li key={name} className="flex items-center gap-1.5">
          <LegendSwatch chartId={chartId} index={i} style={style} />
          {name}
        </li>
      ))}
    </ul>
  );
}
