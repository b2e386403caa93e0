// Word-level diff of two texts, for position revisions and the conflict view.
//
// Texts are cut into tokens (words, runs of whitespace, single punctuation marks),
// tokens are interned to integers, the common prefix and suffix are skipped, and the
// middle is diffed with Myers' O(ND) algorithm in its linear-space form (bisect on
// the "middle snake", then recurse on both halves). A work budget bounds the worst
// case (two unrelated 20,000-character texts): once it is spent, what is left of a
// sub-problem is reported as "deleted, then inserted" — still a correct diff, just a
// coarser one — so the time stays low whatever people paste.
//
// Pure and dependency-free: runs on the server and in the browser (conflict view).

export type TDiffOp = "equal" | "insert" | "delete";
export type TDiffSegment = { op: TDiffOp; text: string };

/** A run of `count` tokens: equal (in both), delete (only in a) or insert (only in b). */
export type TTokenRun = { op: TDiffOp; count: number };

// Words (letters, digits, marks, apostrophes inside words) and every other character
// on its own (punctuation and Markdown syntax), each with the whitespace after it.
// Keeping whitespace with its word halves the tokens and stops the spaces of two
// unrelated sentences from "matching" each other, which is what makes diffs slow.
const TOKEN = /^\s+|(?:[\p{L}\p{N}\p{M}_]+(?:['’][\p{L}\p{N}\p{M}_]+)*|[^\p{L}\p{N}\p{M}_\s])\s*/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * Default work budget, in steps of the search (~7 ns each here): about 20 ms at
 * worst. Ordinary edits of a 20,000-character text use well under a million (a
 * third of its words edited: ~0.9 million); only texts rewritten in a different
 * order exhaust it.
 */
const DEFAULT_BUDGET = 2_500_000;

type Budget = { left: number };

export type TDiffOptions = {
  /** Work budget in search steps (see DEFAULT_BUDGET). */
  budget?: number;
  /** What makes two tokens "the same"; by default, their exact text. */
  key?: (token: string) => string;
};

/** Token-level diff: runs of equal / delete / insert tokens, deletes before inserts. */
export function diffTokens(a: readonly string[], b: readonly string[], { budget = DEFAULT_BUDGET, key = (t) => t }: TDiffOptions = {}): TTokenRun[] {
  const ids = new Map<string, number>();
  const intern = (tokens: readonly string[]) => {
    const out = new Int32Array(tokens.length);
    tokens.forEach((token, i) => {
      const k = key(token);
      let id = ids.get(k);
      if (id === undefined) ids.set(k, (id = ids.size));
      out[i] = id;
    });
    return out;
  };
  const runs: TTokenRun[] = [];
  const ia = intern(a);
  const sizeA = ids.size;
  const ib = intern(b);
  // Nothing in common (a text replaced wholesale): no search needed.
  if (!ib.some((id) => id < sizeA)) {
    push(runs, "delete", a.length);
    push(runs, "insert", b.length);
    return runs;
  }
  diffRange(ia, 0, a.length, ib, 0, b.length, runs, { left: budget });
  return normalizeRuns(runs);
}

function push(runs: TTokenRun[], op: TDiffOp, count: number) {
  if (count <= 0) return;
  const last = runs[runs.length - 1];
  if (last && last.op === op) last.count += count;
  else runs.push({ op, count });
}

function diffRange(a: Int32Array, aLo: number, aHi: number, b: Int32Array, bLo: number, bHi: number, runs: TTokenRun[], budget: Budget) {
  let prefix = 0;
  while (aLo + prefix < aHi && bLo + prefix < bHi && a[aLo + prefix] === b[bLo + prefix]) prefix++;
  push(runs, "equal", prefix);
  aLo += prefix;
  bLo += prefix;
  let suffix = 0;
  while (aHi - suffix > aLo && bHi - suffix > bLo && a[aHi - suffix - 1] === b[bHi - suffix - 1]) suffix++;
  aHi -= suffix;
  bHi -= suffix;

  const half = aLo === aHi || bLo === bHi ? null : halfMatch(a, aLo, aHi, b, bLo, bHi);
  if (aLo === aHi) push(runs, "insert", bHi - bLo);
  else if (bLo === bHi) push(runs, "delete", aHi - aLo);
  else if (half) {
    diffRange(a, aLo, half.a, b, bLo, half.b, runs, budget);
    push(runs, "equal", half.length);
    diffRange(a, half.a + half.length, aHi, b, half.b + half.length, bHi, runs, budget);
  } else {
    const split = bisect(a, aLo, aHi, b, bLo, bHi, budget);
    if (split) {
      diffRange(a, aLo, split.x, b, bLo, split.y, runs, budget);
      diffRange(a, split.x, aHi, b, split.y, bHi, runs, budget);
    } else {
      push(runs, "delete", aHi - aLo);
      push(runs, "insert", bHi - bLo);
    }
  }
  push(runs, "equal", suffix);
}

// Below this many tokens the exact search is cheap anyway.
const HALF_MATCH_MIN = 64;

/**
 * A shortcut for moved or kept blocks: if the two ranges share one run of tokens at
 * least half as long as the longer range, the diff is split around it. Myers would
 * spend O(N·D) finding the same thing when a paragraph moved (D is then large); the
 * price is that the result may not be the very shortest script, which for text
 * people read does not matter. Returns where the shared run starts in a and b.
 */
function halfMatch(a: Int32Array, aLo: number, aHi: number, b: Int32Array, bLo: number, bHi: number): { a: number; b: number; length: number } | null {
  const aLong = aHi - aLo >= bHi - bLo;
  const [long, lLo, lHi, short, sLo, sHi] = aLong ? [a, aLo, aHi, b, bLo, bHi] : [b, bLo, bHi, a, aLo, aHi];
  const longLen = lHi - lLo;
  if (longLen < HALF_MATCH_MIN || (sHi - sLo) * 2 < longLen) return null;
  const seedLen = Math.floor(longLen / 4);
  let best: { l: number; s: number; length: number } | null = null;
  // A run of half the longer range must contain its second or third quarter.
  for (const seed of [lLo + Math.ceil(longLen / 4), lLo + Math.ceil(longLen / 2)]) {
    for (let j = sLo; j + seedLen <= sHi; j++) {
      let k = 0;
      while (k < seedLen && long[seed + k] === short[j + k]) k++;
      if (k < seedLen) continue;
      let back = 0;
      while (seed - back > lLo && j - back > sLo && long[seed - back - 1] === short[j - back - 1]) back++;
      let forward = 0;
      while (seed + seedLen + forward < lHi && j + seedLen + forward < sHi && long[seed + seedLen + forward] === short[j + seedLen + forward]) forward++;
      const length = back + seedLen + forward;
      if (!best || length > best.length) best = { l: seed - back, s: j - back, length };
    }
  }
  if (!best || best.length * 2 < longLen) return null;
  return aLong ? { a: best.l, b: best.s, length: best.length } : { a: best.s, b: best.l, length: best.length };
}

/**
 * Finds the middle snake of the shortest edit script between a[aLo..aHi) and
 * b[bLo..bHi) by walking forward from the start and backward from the end at the
 * same time; returns the absolute split point, or null when the two ranges share
 * nothing or the budget ran out.
 */
function bisect(a: Int32Array, aLo: number, aHi: number, b: Int32Array, bLo: number, bHi: number, budget: Budget): { x: number; y: number } | null {
  const n = aHi - aLo;
  const m = bHi - bLo;
  const maxD = Math.ceil((n + m) / 2);
  const offset = maxD;
  const size = 2 * maxD + 2;
  const v1 = new Int32Array(size).fill(-1);
  const v2 = new Int32Array(size).fill(-1);
  v1[offset + 1] = 0;
  v2[offset + 1] = 0;
  const delta = n - m;
  // With an odd delta the paths meet while walking forward, otherwise backward.
  const front = delta % 2 !== 0;
  let k1start = 0;
  let k1end = 0;
  let k2start = 0;
  let k2end = 0;
  for (let d = 0; d < maxD; d++) {
    if (budget.left <= 0) return null;
    for (let k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
      const k1Offset = offset + k1;
      let x1 = k1 === -d || (k1 !== d && v1[k1Offset - 1]! < v1[k1Offset + 1]!) ? v1[k1Offset + 1]! : v1[k1Offset - 1]! + 1;
      let y1 = x1 - k1;
      const x1Start = x1;
      while (x1 < n && y1 < m && a[aLo + x1] === b[bLo + y1]) {
        x1++;
        y1++;
      }
      budget.left -= 1 + x1 - x1Start;
      v1[k1Offset] = x1;
      if (x1 > n) k1end += 2;
      else if (y1 > m) k1start += 2;
      else if (front) {
        const k2Offset = offset + delta - k1;
        if (k2Offset >= 0 && k2Offset < size && v2[k2Offset] !== -1 && x1 >= n - v2[k2Offset]!) {
          return { x: aLo + x1, y: bLo + y1 };
        }
      }
    }
    for (let k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
      const k2Offset = offset + k2;
      let x2 = k2 === -d || (k2 !== d && v2[k2Offset - 1]! < v2[k2Offset + 1]!) ? v2[k2Offset + 1]! : v2[k2Offset - 1]! + 1;
      let y2 = x2 - k2;
      const x2Start = x2;
      while (x2 < n && y2 < m && a[aHi - x2 - 1] === b[bHi - y2 - 1]) {
        x2++;
        y2++;
      }
      budget.left -= 1 + x2 - x2Start;
      v2[k2Offset] = x2;
      if (x2 > n) k2end += 2;
      else if (y2 > m) k2start += 2;
      else if (!front) {
        const k1Offset = offset + delta - k2;
        if (k1Offset >= 0 && k1Offset < size && v1[k1Offset] !== -1) {
          const x1 = v1[k1Offset]!;
          const y1 = offset + x1 - k1Offset;
          if (x1 >= n - x2) return { x: aLo + x1, y: bLo + y1 };
        }
      }
    }
  }
  return null;
}

/** Merges neighbours of the same kind and puts deletes before inserts in each change. */
function normalizeRuns(runs: TTokenRun[]): TTokenRun[] {
  const out: TTokenRun[] = [];
  let deleted = 0;
  let inserted = 0;
  const flush = () => {
    push(out, "delete", deleted);
    push(out, "insert", inserted);
    deleted = inserted = 0;
  };
  for (const run of runs) {
    if (run.op === "delete") deleted += run.count;
    else if (run.op === "insert") inserted += run.count;
    else {
      flush();
      push(out, "equal", run.count);
    }
  }
  flush();
  return out;
}

// Words are compared without the whitespace that follows them, so "three" at the end
// of a text and "three " in the middle of the other are the same word; a change of
// whitespace alone shows as its own small change.
const wordKey = (token: string) => token.trimEnd();

/** Word diff of two texts as segments to display, rebuilding both texts exactly. */
export function wordDiff(before: string, after: string, budget = DEFAULT_BUDGET): TDiffSegment[] {
  const a = tokenize(before);
  const b = tokenize(after);
  const raw: TDiffSegment[] = [];
  let ai = 0;
  let bi = 0;
  for (const run of diffTokens(a, b, { budget, key: wordKey })) {
    if (run.op === "delete") raw.push({ op: "delete", text: a.slice(ai, (ai += run.count)).join("") });
    else if (run.op === "insert") raw.push({ op: "insert", text: b.slice(bi, (bi += run.count)).join("") });
    else {
      for (let i = 0; i < run.count; i++, ai++, bi++) {
        const x = a[ai]!;
        const y = b[bi]!;
        if (x === y) raw.push({ op: "equal", text: x });
        else {
          const word = wordKey(x);
          raw.push({ op: "equal", text: word }, { op: "delete", text: x.slice(word.length) }, { op: "insert", text: y.slice(word.length) });
        }
      }
    }
  }
  return tidy(raw);
}

/**
 * Joins neighbours of the same kind, puts deletions before insertions within each
 * change, and moves whitespace both sides of a change end with out of the change
 * ("support␠" → "oppose␠" shows as "support" → "oppose" followed by a space).
 */
function tidy(segments: TDiffSegment[]): TDiffSegment[] {
  const out: TDiffSegment[] = [];
  const add = (op: TDiffOp, text: string) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text;
    else out.push({ op, text });
  };
  let deleted = "";
  let inserted = "";
  const flush = () => {
    const common = Math.min(trailingSpace(deleted), trailingSpace(inserted));
    const shared = deleted && inserted && common > 0 ? commonSuffix(deleted.slice(-common), inserted.slice(-common)) : "";
    add("delete", deleted.slice(0, deleted.length - shared.length));
    add("insert", inserted.slice(0, inserted.length - shared.length));
    add("equal", shared);
    deleted = inserted = "";
  };
  for (const segment of segments) {
    if (segment.op === "delete") deleted += segment.text;
    else if (segment.op === "insert") inserted += segment.text;
    else if (segment.text) {
      flush();
      add("equal", segment.text);
    }
  }
  flush();
  return out;
}

function trailingSpace(text: string): number {
  return text.length - text.trimEnd().length;
}

function commonSuffix(x: string, y: string): string {
  let n = 0;
  while (n < x.length && n < y.length && x[x.length - 1 - n] === y[y.length - 1 - n]) n++;
  return x.slice(x.length - n);
}

/** The two texts a diff was made from, rebuilt from it (tests and sanity checks). */
export function sidesOf(segments: readonly TDiffSegment[]): { before: string; after: string } {
  return {
    before: segments.filter((s) => s.op !== "insert").map((s) => s.text).join(""),
    after: segments.filter((s) => s.op !== "delete").map((s) => s.text).join(""),
  };
}

/** Words added and removed, for a short summary ("+12 −3 words"). */
export function diffStats(segments: readonly TDiffSegment[]): { added: number; removed: number } {
  const words = (text: string) => tokenize(text).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
  return {
    added: segments.filter((s) => s.op === "insert").reduce((n, s) => n + words(s.text), 0),
    removed: segments.filter((s) => s.op === "delete").reduce((n, s) => n + words(s.text), 0),
  };
}
