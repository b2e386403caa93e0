// The little arithmetic the dashboard's charts need — a linear scale and round tick
// values — written out rather than pulled from a charting library: the charts are
// drawn on the server as plain SVG, so no chart code reaches the browser at all.

export type TLinearScale = ((value: number) => number) & { ticks: number[] };

/** Round step (1, 2 or 5 × a power of ten) giving at most `count` intervals over [0, max]. */
export function niceStep(max: number, count: number): number {
  if (max <= 0) return 1;
  const raw = max / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return Math.max(1, step);
}

/** Maps [0, max rounded up to a tick] onto [from, to]; `ticks` are the round values on the way. */
export function linearScale(max: number, from: number, to: number, tickCount = 4): TLinearScale {
  const step = niceStep(max, tickCount);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const scale = ((value: number) => from + ((to - from) * value) / top) as TLinearScale;
  scale.ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  return scale;
}

/** Maps days (YYYY-MM-DD) between `first` and `last` onto [from, to]. */
export function dayScale(first: string, last: string, from: number, to: number): (day: string) => number {
  const start = Date.parse(`${first}T00:00:00Z`);
  const span = Math.max(1, Date.parse(`${last}T00:00:00Z`) - start);
  return (day) => from + ((to - from) * (Date.parse(`${day}T00:00:00Z`) - start)) / span;
}
