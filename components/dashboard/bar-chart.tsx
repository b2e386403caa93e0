import { linearScale } from "@/lib/charts/scale";
import { ChartSvg } from "./chart-figure";
import { Legend, SeriesPatterns, patternId, type TSeries } from "./series-style";

export type TBarRow = { label: string; values: number[] };

const WIDTH = 640;
const LABEL_WIDTH = 200;
const ROW = 26;
const BAR = 16;
const TOP = 8;
const AXIS = 24;

// Horizontal bars, one per row, stacked by series (left to right in legend order),
// each segment labelled with its number where it fits. Drawn on the server as SVG.
// `max` fixes the scale (e.g. the number of delegations); otherwise the longest bar.
export function BarChart({ id, rows, series, max }: { id: string; rows: TBarRow[]; series: TSeries[]; max?: number }) {
  const height = TOP + rows.length * ROW + AXIS;
  const longest = Math.max(0, ...rows.map((r) => r.values.reduce((a, b) => a + b, 0)));
  const x = linearScale(max ?? longest, LABEL_WIDTH, WIDTH - 16);
  return (
    <div className="grid gap-2">
      <ChartSvg id={id} width={WIDTH} height={height}>
        <SeriesPatterns chartId={id} series={series} />
        {x.ticks.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={TOP} y2={height - AXIS} stroke="#d1d5db" />
            <text x={x(tick)} y={height - 8} textAnchor="middle" fill="#4b5563">
              {tick}
            </text>
          </g>
        ))}
        {rows.map((row, r) => {
          const y = TOP + r * ROW + (ROW - BAR) / 2;
          let from = 0;
          return (
            <g key={row.label}>
              <text x={LABEL_WIDTH - 8} y={y + BAR / 2 + 4} textAnchor="end" fill="currentColor">
                {row.label.length > 30 ? `${row.label.slice(0, 29)}…` : row.label}
              </text>
              {row.values.map((value, s) => {
                const start = x(from);
                from += value;
                const width = x(from) - start;
                if (value === 0) return null;
                return (
                  <g key={s}>
                    <rect x={start} y={y} width={width} height={BAR} fill={`url(#${patternId(id, s)})`} stroke="white" />
                    {width >= 22 ? (
                      <text x={start + width / 2} y={y + BAR / 2 + 4} textAnchor="middle" fill="white" stroke="#1b1f24" strokeWidth={2.5} paintOrder="stroke" fontWeight={600}>
                        {value}
                      </text>
                    ) : null}
                  </g>
                );
              })}
            </g>
          );
        })}
      </ChartSvg>
      {series.length > 1 ? <Legend chartId={id} series={series} /> : null}
    </div>
  );
}
