import type { TBurndown } from "@/lib/dashboard/burndown";
import { dayScale, linearScale } from "@/lib/charts/scale";
import { ChartSvg } from "./chart-figure";

const WIDTH = 640;
const HEIGHT = 240;
const LEFT = 40;
const RIGHT = 16;
const TOP = 12;
const BOTTOM = 32;

const OPEN = "#1e2d78";
const DONE = "#0b6b6b";
const TARGET = "#8a4b08";

// Our actions over time toward a meeting: open (solid line, round marks) and done
// (dashed line, square marks) at the end of each week up to today, and a dotted line
// from today's open actions down to none on the meeting's first day. The lines differ
// in pattern and marks as well as colour; the legend below names them.
export function BurndownChart({ id, series, labels, formatDay }: { id: string; series: TBurndown; labels: { open: string; done: string; target: string }; formatDay: (day: string) => string }) {
  const x = dayScale(series.points[0]!.day, series.meetingStart, LEFT, WIDTH - RIGHT);
  const max = Math.max(1, ...series.points.map((p) => Math.max(p.open, p.done)));
  const y = linearScale(max, HEIGHT - BOTTOM, TOP);
  const line = (pick: (p: (typeof series.points)[number]) => number) => series.points.map((p) => `${x(p.day).toFixed(1)},${y(pick(p)).toFixed(1)}`).join(" ");
  const first = series.points[0]!.day;
  const marked = [...new Set([first, series.today, series.meetingStart])];
  return (
    <div className="grid gap-2">
      <ChartSvg id={id} width={WIDTH} height={HEIGHT}>
        {y.ticks.map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} stroke="#d1d5db" />
            <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end" fill="#4b5563">
              {tick}
            </text>
          </g>
        ))}
        {marked.map((day, i) => (
          <g key={day}>
            <line x1={x(day)} x2={x(day)} y1={TOP} y2={HEIGHT - BOTTOM} stroke="#9ca3af" strokeDasharray={day === series.meetingStart ? undefined : "2 3"} />
            <text x={x(day)} y={HEIGHT - 10} textAnchor={i === 0 ? "start" : day === series.meetingStart ? "end" : "middle"} fill="#4b5563">
              {formatDay(day)}
            </text>
          </g>
        ))}
        <line x1={x(series.today)} y1={y(series.openToday)} x2={x(series.meetingStart)} y2={y(0)} stroke={TARGET} strokeWidth={2} strokeDasharray="1 4" strokeLinecap="round" />
        <polyline points={line((p) => p.done)} fill="none" stroke={DONE} strokeWidth={2.5} strokeDasharray="7 4" />
        <polyline points={line((p) => p.open)} fill="none" stroke={OPEN} strokeWidth={2.5} />
        {series.points.map((p) => (
          <g key={p.day}>
            <rect x={x(p.day) - 3.5} y={y(p.done) - 3.5} width={7} height={7} fill={DONE} />
            <circle cx={x(p.day)} cy={y(p.open)} r={4} fill={OPEN} />
          </g>
        ))}
      </ChartSvg>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <li className="flex items-center gap-1.5">
          <svg aria-hidden="true" width={28} height={10}>
            <line x1={0} x2={28} y1={5} y2={5} stroke={OPEN} strokeWidth={2.5} />
            <circle cx={14} cy={5} r={4} fill={OPEN} />
          </svg>
          {labels.open}
        </li>
        <li className="flex items-center gap-1.5">
          <svg aria-hidden="true" width={28} height={10}>
            <line x1={0} x2={28} y1={5} y2={5} stroke={DONE} strokeWidth={2.5} strokeDasharray="7 4" />
            <rect x={10.5} y={1.5} width={7} height={7} fill={DONE} />
          </svg>
          {labels.done}
        </li>
        <li className="flex items-center gap-1.5">
          <svg aria-hidden="true" width={28} height={10}>
            <line x1={0} x2={28} y1={5} y2={5} stroke={TARGET} strokeWidth={2} strokeDasharray="1 4" strokeLinecap="round" />
          </svg>
          {labels.target}
        </li>
      </ul>
    </div>
  );
}
