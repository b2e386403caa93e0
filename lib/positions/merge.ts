// Three-way merge on word tokens, for the conflict view: when two people edited the
// same revision, their changes are combined automatically if they touch different
// parts of the text. When they touch the same words (or words right next to each
// other), nothing is guessed: the merge is reported as not clean and the person
// merges by hand, with both texts and the diff in front of them.
import { diffTokens, tokenize } from "./word-diff";

/** A change against the base: base tokens [start, end) replaced by `tokens`. */
type THunk = { start: number; end: number; tokens: string[]; side: "mine" | "theirs" };

function hunksOf(base: string[], other: string[], side: THunk["side"]): THunk[] {
  const hunks: THunk[] = [];
  let ai = 0;
  let bi = 0;
  let open: THunk | null = null;
  for (const run of diffTokens(base, other)) {
    if (run.op === "equal") {
      if (open) hunks.push(open);
      open = null;
      ai += run.count;
      bi += run.count;
      continue;
    }
    open ??= { start: ai, end: ai, tokens: [], side };
    if (run.op === "delete") {
      ai += run.count;
      open.end = ai;
    } else {
      open.tokens.push(...other.slice(bi, bi + run.count));
      bi += run.count;
    }
  }
  if (open) hunks.push(open);
  return hunks;
}

// Touching counts as overlapping, and so do edits with only whitespace between them:
// two edits to neighbouring words are one edit to a phrase, and which should win is
// for a person to decide. `y` starts at or after `x` (hunks are sorted).
function overlaps(base: string[], x: { start: number; end: number }, y: { start: number; end: number }): boolean {
  if (y.start <= x.end) return true;
  return base.slice(x.end, y.start).every((token) => /^\s+$/.test(token));
}

export type TMergeResult = { clean: true; text: string } | { clean: false };

export function mergeThreeWay(base: string, mine: string, theirs: string): TMergeResult {
  if (mine === theirs) return { clean: true, text: mine };
  if (mine === base) return { clean: true, text: theirs };
  if (theirs === base) return { clean: true, text: mine };
  const baseTokens = tokenize(base);
  const hunks = [...hunksOf(baseTokens, tokenize(mine), "mine"), ...hunksOf(baseTokens, tokenize(theirs), "theirs")].sort(
    (x, y) => x.start - y.start || x.end - y.end,
  );

  const out: string[] = [];
  let cursor = 0;
  let i = 0;
  while (i < hunks.length) {
    // A cluster: hunks that overlap one another, transitively.
    const cluster = [hunks[i]!];
    const span = { start: hunks[i]!.start, end: hunks[i]!.end };
    i++;
    while (i < hunks.length && overlaps(baseTokens, span, hunks[i]!)) {
      cluster.push(hunks[i]!);
      span.end = Math.max(span.end, hunks[i]!.end);
      i++;
    }
    const sides = new Set(cluster.map((h) => h.side));
    let replacement: string[];
    if (sides.size === 1) {
      replacement = rebuild(baseTokens, span, cluster);
    } else {
      // Both edited here: fine only if both arrived at the same words.
      const mineText = rebuild(baseTokens, span, cluster.filter((h) => h.side === "mine")).join("");
      const theirsText = rebuild(baseTokens, span, cluster.filter((h) => h.side === "theirs")).join("");
      if (mineText !== theirsText) return { clean: false };
      replacement = [mineText];
    }
    out.push(...baseTokens.slice(cursor, span.start), ...replacement);
    cursor = span.end;
  }
  out.push(...baseTokens.slice(cursor));
  return { clean: true, text: out.join("") };
}

/** The base span with one side's hunks (non-overlapping among themselves) applied. */
function rebuild(base: string[], span: { start: number; end: number }, hunks: THunk[]): string[] {
  const out: string[] = [];
  let cursor = span.start;
  for (const h of hunks) {
    out.push(...base.slice(cursor, h.start), ...h.tokens);
    cursor = h.end;
  }
  out.push(...base.slice(cursor, span.end));
  return out;
}
