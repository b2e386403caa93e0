// Splits a paragraph into runs of text for rendering highlights. Notes may overlap
// (two delegations marking up the same sentence), so each run lists every note that
// covers it. A sweep over start/end events keeps this linear in the number of notes,
// which matters on a theme with thousands of them.

export type THighlightRange = { id: string; start: number; end: number };

export type TTextSegment = { start: number; end: number; text: string; noteIds: string[] };

export function segmentText(text: string, ranges: THighlightRange[]): TTextSegment[] {
  const valid = ranges
    .map((r) => ({ ...r, start: Math.max(0, r.start), end: Math.min(text.length, r.end) }))
    .filter((r) => r.end > r.start);
  const cuts = new Set<number>([0, text.length]);
  for (const r of valid) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const boundaries = [...cuts].sort((a, b) => a - b);

  const startsAt = new Map<number, string[]>();
  const endsAt = new Map<number, string[]>();
  for (const r of valid) {
    startsAt.set(r.start, [...(startsAt.get(r.start) ?? []), r.id]);
    endsAt.set(r.end, [...(endsAt.get(r.end) ?? []), r.id]);
  }

  const active = new Set<string>();
  const segments: TTextSegment[] = [];
  for (let i = 0; i < boundaries.length - 1; i++) {
    const from = boundaries[i]!;
    const to = boundaries[i + 1]!;
    for (const id of endsAt.get(from) ?? []) active.delete(id);
    for (const id of startsAt.get(from) ?? []) active.add(id);
    if (to > from) segments.push({ start: from, end: to, text: text.slice(from, to), noteIds: [...active] });
  }
  return segments;
}
