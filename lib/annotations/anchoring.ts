// Anchoring a note to the background text, after the W3C Web Annotation model: a
// TextQuoteSelector (the exact passage with some text before and after it) plus a
// TextPositionSelector (start and end offsets within the paragraph). Positions are
// fast and exact while the text is unchanged; the quote is what lets a note follow
// its passage when the secretariat edits the text. Pure functions, no database.

/** Characters of context kept on each side of a quote to tell repeated passages apart. */
export const QUOTE_CONTEXT = 32;
/** Longest passage a note may quote (the database enforces the same limit). */
export const MAX_QUOTE_LENGTH = 2000;

export type TAnchorSelector = {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
};

export type TParagraphText = { id: string; position: number; text: string };

/** What a note stores; every field may be missing (a note on the whole theme). */
export type TStoredAnchor = {
  paragraphId: string | null;
  exact: string | null;
  prefix: string | null;
  suffix: string | null;
  start: number | null;
  end: number | null;
};

export type TLocatedAnchor =
  | { status: "theme" }
  | { status: "anchored"; paragraphId: string; paragraphPosition: number; start: number; end: number; moved: boolean }
  | { status: "orphaned" };

/** The selectors for the passage [start, end) of a paragraph, offsets clamped to the text. */
export function selectorFor(text: string, start: number, end: number): TAnchorSelector {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return {
    exact: text.slice(from, to),
    prefix: text.slice(Math.max(0, from - QUOTE_CONTEXT), from),
    suffix: text.slice(to, to + QUOTE_CONTEXT),
    start: from,
    end: to,
  };
}

/**
 * The selector of a whole paragraph, for "Annotate this paragraph" (the keyboard
 * path). A paragraph longer than a quote may be is quoted up to the last word that
 * fits, so the note still re-anchors by its opening words.
 */
export function paragraphSelector(text: string): TAnchorSelector {
  if (text.length <= MAX_QUOTE_LENGTH) return selectorFor(text, 0, text.length);
  const cut = text.lastIndexOf(" ", MAX_QUOTE_LENGTH);
  return selectorFor(text, 0, cut > MAX_QUOTE_LENGTH / 2 ? cut : MAX_QUOTE_LENGTH);
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Every offset where `needle` occurs in `haystack`. */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

type TCandidate = { start: number; end: number; score: number; distance: number };

/** Ranks a place where the quote occurs: matching context first, then nearness to where it was. */
function rank(text: string, start: number, end: number, anchor: TStoredAnchor): TCandidate {
  const before = text.slice(Math.max(0, start - QUOTE_CONTEXT), start);
  const after = text.slice(end, end + QUOTE_CONTEXT);
  const score = commonSuffixLength(before, anchor.prefix ?? "") + commonPrefixLength(after, anchor.suffix ?? "");
  return { start, end, score, distance: Math.abs(start - (anchor.start ?? 0)) };
}

function best(candidates: TCandidate[]): TCandidate | undefined {
  return [...candidates].sort((a, b) => b.score - a.score || a.distance - b.distance)[0];
}

/**
 * Whitespace-insensitive search: an edit that only reflows spaces or line breaks
 * must not orphan a note. Returns [start, end) offsets in the original text.
 */
function looseOccurrences(text: string, exact: string): [number, number][] {
  const words = exact.trim().split(/\s+/).filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (words.length === 0) return [];
  const pattern = new RegExp(words.join("\\s+"), "g");
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

function findIn(paragraph: TParagraphText, anchor: TStoredAnchor, exact: string): TCandidate | undefined {
  const exactHits = occurrences(paragraph.text, exact).map((s) => rank(paragraph.text, s, s + exact.length, anchor));
  if (exactHits.length > 0) return best(exactHits);
  return best(looseOccurrences(paragraph.text, exact).map(([s, e]) => rank(paragraph.text, s, e, anchor)));
}

/**
 * The keyboard path to a phrase (issue 16): the person edits the quoted passage down
 * to the words they mean, and this finds those words in the paragraph — exactly, or
 * with different spacing — nearest to where the passage was (`near`), trimmed as a
 * mouse selection is. The offsets then go through `selectorFor` on the server like
 * any selection, so both paths store the same selectors. Null when the words are not
 * in the paragraph.
 */
export function matchQuote(text: string, typed: string, near = 0): { start: number; end: number } | null {
  const words = typed.trim();
  if (words === "") return null;
  const exact = occurrences(text, words).map((s) => [s, s + words.length] as [number, number]);
  const hits = exact.length > 0 ? exact : looseOccurrences(text, words);
  const nearest = [...hits].sort((a, b) => Math.abs(a[0] - near) - Math.abs(b[0] - near))[0];
  return nearest ? { start: nearest[0], end: nearest[1] } : null;
}

/**
 * Where a stored anchor lies in the current text. Order of preference: the stored
 * position still holds the quote; the quote elsewhere in the same paragraph; the
 * quote in another paragraph (the passage moved, or its paragraph was removed). A
 * quote found nowhere leaves the note orphaned: still listed, with its quote.
 */
export function locateAnchor(paragraphs: TParagraphText[], anchor: TStoredAnchor): TLocatedAnchor {
  const home = anchor.paragraphId ? paragraphs.find((p) => p.id === anchor.paragraphId) : undefined;
  const exact = anchor.exact ?? "";
  if (exact === "") {
    if (!anchor.paragraphId) return { status: "theme" };
    // A paragraph note without a quote (never written by this app, but tolerated).
    return home
      ? { status: "anchored", paragraphId: home.id, paragraphPosition: home.position, start: 0, end: home.text.length, moved: false }
      : { status: "orphaned" };
  }

  if (home && anchor.start !== null && anchor.end !== null && home.text.slice(anchor.start, anchor.end) === exact) {
    return { status: "anchored", paragraphId: home.id, paragraphPosition: home.position, start: anchor.start, end: anchor.end, moved: false };
  }
  if (home) {
    const hit = findIn(home, anchor, exact);
    if (hit) return { status: "anchored", paragraphId: home.id, paragraphPosition: home.position, start: hit.start, end: hit.end, moved: true };
  }
  let found: { paragraph: TParagraphText; hit: TCandidate } | undefined;
  for (const paragraph of paragraphs) {
    if (paragraph === home) continue;
    const hit = findIn(paragraph, anchor, exact);
    if (hit && (!found || hit.score > found.hit.score)) found = { paragraph, hit };
  }
  if (found) {
    return {
      status: "anchored",
      paragraphId: found.paragraph.id,
      paragraphPosition: found.paragraph.position,
      start: found.hit.start,
      end: found.hit.end,
      moved: true,
    };
  }
  return { status: "orphaned" };
}

/**
 * Text order for the side panel: notes on the whole theme first, then anchored notes
 * by paragraph and offset, then orphaned ones; ties by creation time.
 */
export function textOrderKey(located: TLocatedAnchor): [number, number, number] {
  if (located.status === "theme") return [0, 0, 0];
  if (located.status === "orphaned") return [2, 0, 0];
  return [1, located.paragraphPosition, located.start];
}

export function compareTextOrder(a: TLocatedAnchor, b: TLocatedAnchor): number {
  const ka = textOrderKey(a);
  const kb = textOrderKey(b);
  return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2];
}
