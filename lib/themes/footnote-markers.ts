// The paper's footnote markers, as they survive in its text: the note's number glued
// to the word or punctuation it follows ("work7 as", "Conference.8 The", "(No. 202),6
// is"). A marker is one or two digits right after a letter or closing punctuation and
// before a space or the end, naming a note that exists — which no year, Convention
// number or date in the text does ("1949", "No. 189", "C189", "11-15 February").
// The stored text keeps the digits (annotation offsets count them); the page shows
// them as superscript links to the note (components/themes/footnote-ref.tsx).

export type TFootnoteMarker = { number: number; start: number; end: number };

const MARKER = /(?<=[\p{L}.,;:)\]”’"])(\d{1,2})(?=\s|$)/gu;

/** The markers in a text, in order; only numbers in `known` when it is given. */
export function footnoteMarkers(text: string, known?: ReadonlySet<number>): TFootnoteMarker[] {
  const markers: TFootnoteMarker[] = [];
  for (const match of text.matchAll(MARKER)) {
    const number = Number(match[1]);
    if (number === 0 || (known && !known.has(number))) continue;
    markers.push({ number, start: match.index, end: match.index + match[0].length });
  }
  return markers;
}

export type TTextPiece = { text: string; marker?: number };

/**
 * Splits the run of text starting at `start` (an offset in its paragraph) into plain
 * pieces and whole markers. A marker cut by the run's edge (a highlight ending inside
 * "10") stays plain digits.
 */
export function splitAtMarkers(text: string, start: number, markers: readonly TFootnoteMarker[]): TTextPiece[] {
  const end = start + text.length;
  const pieces: TTextPiece[] = [];
  let at = start;
  for (const m of markers) {
    if (m.end <= start || m.start >= end || m.start < start || m.end > end) continue;
    if (m.start > at) pieces.push({ text: text.slice(at - start, m.start - start) });
    pieces.push({ text: text.slice(m.start - start, m.end - start), marker: m.number });
    at = m.end;
  }
  if (at < end) pieces.push({ text: text.slice(at - start) });
  return pieces;
}

/** The text as a reader should copy it: without the markers. */
export function withoutMarkers(text: string, markers: readonly TFootnoteMarker[]): string {
  let out = "";
  let at = 0;
  for (const m of markers) {
    out += text.slice(at, m.start);
    at = m.end;
  }
  return out + text.slice(at);
}

/** The notes that texts cite, in the notes' order: the list a page shows under them. */
export function citedNotes<T extends { number: number }>(texts: readonly string[], notes: readonly T[]): T[] {
  const known = new Set(notes.map((n) => n.number));
  const cited = new Set(texts.flatMap((text) => footnoteMarkers(text, known).map((m) => m.number)));
  return notes.filter((n) => cited.has(n.number));
}
