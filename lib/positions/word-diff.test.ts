import { describe, expect, it } from "vitest";
import { diffStats, diffTokens, sidesOf, tokenize, wordDiff } from "./word-diff";

// A small deterministic generator so failures are reproducible.
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const WORDS = ["migrant", "workers", "rights", "the", "of", "and", "recruitment", "fees", "C97", "C189", "social", "protection", "—", ",", "."];

function randomText(rand: () => number, words: number): string {
  return Array.from({ length: words }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(rand() < 0.1 ? "\n" : " ");
}

function mutate(rand: () => number, text: string): string {
  const tokens = tokenize(text);
  const out: string[] = [];
  for (const token of tokens) {
    const r = rand();
    if (r < 0.05) continue;
    if (r < 0.1) out.push(WORDS[Math.floor(rand() * WORDS.length)]!, " ");
    out.push(token);
  }
  return out.join("");
}

/** The edit distance counted in tokens (inserted + deleted). */
function cost(a: string, b: string): number {
  return diffTokens(tokenize(a), tokenize(b))
    .filter((r) => r.op !== "equal")
    .reduce((n, r) => n + r.count, 0);
}

describe("[positions] word diff", () => {
  it("splits words and punctuation, each keeping the whitespace after it, and loses no character", () => {
    const text = "  Workers' rights, C189 (2011) — l’emploi\n\n**bold**";
    expect(tokenize(text).join("")).toBe(text);
    expect(tokenize("  Workers' rights, C189")).toEqual(["  ", "Workers", "' ", "rights", ", ", "C189"]);
    expect(tokenize("l’emploi des travailleurs")).toEqual(["l’emploi ", "des ", "travailleurs"]);
  });

  it("marks a changed word, and two changed words in a row as one change", () => {
    expect(wordDiff("We support the text.", "We oppose the text.")).toEqual([
      { op: "equal", text: "We " },
      { op: "delete", text: "support" },
      { op: "insert", text: "oppose" },
      { op: "equal", text: " the text." },
    ]);
    expect(wordDiff("ratify C97 now", "ratify C189 soon")).toEqual([
      { op: "equal", text: "ratify " },
      { op: "delete", text: "C97 now" },
      { op: "insert", text: "C189 soon" },
    ]);
  });

  it("handles empty texts and identical texts", () => {
    expect(wordDiff("", "")).toEqual([]);
    expect(wordDiff("", "new text")).toEqual([{ op: "insert", text: "new text" }]);
    expect(wordDiff("old text", "")).toEqual([{ op: "delete", text: "old text" }]);
    expect(wordDiff("same", "same")).toEqual([{ op: "equal", text: "same" }]);
  });

  it("rebuilds both texts from the diff, for many random edits", () => {
    const rand = random(42);
    for (let i = 0; i < 300; i++) {
      const before = randomText(rand, Math.floor(rand() * 60));
      const after = rand() < 0.2 ? randomText(rand, Math.floor(rand() * 60)) : mutate(rand, before);
      expect(sidesOf(wordDiff(before, after))).toEqual({ before, after });
    }
  });

  it("finds a minimal script: never more edits than a known one", () => {
    const rand = random(7);
    for (let i = 0; i < 100; i++) {
      const before = randomText(rand, 40);
      const tokens = tokenize(before);
      // Replace exactly one word: at most 2 token edits.
      const at = tokens.findIndex((t) => /\w/.test(t));
      if (at < 0) continue;
      tokens[at] = tokens[at]!.replace(/^\S+/, "REPLACED");
      expect(cost(before, tokens.join(""))).toBeLessThanOrEqual(2);
    }
  });

  it("matches the edit distance of a plain LCS table on random pairs", () => {
    const rand = random(11);
    for (let i = 0; i < 150; i++) {
      const before = randomText(rand, Math.floor(rand() * 30));
      const after = rand() < 0.5 ? mutate(rand, before) : randomText(rand, Math.floor(rand() * 30));
      const a = tokenize(before);
      const b = tokenize(after);
      const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
      for (let x = a.length - 1; x >= 0; x--) {
        for (let y = b.length - 1; y >= 0; y--) {
          table[x]![y] = a[x] === b[y] ? table[x + 1]![y + 1]! + 1 : Math.max(table[x + 1]![y]!, table[x]![y + 1]!);
        }
      }
      expect(cost(before, after)).toBe(a.length + b.length - 2 * table[0]![0]!);
    }
  });

  it("finds moved paragraphs in long texts quickly, and rebuilds long texts after many edits", () => {
    const rand = random(5);
    const first = randomText(rand, 300);
    const second = randomText(rand, 300);
    const moved = wordDiff(`${first}\n\n${second}`, `${second}\n\n${first}`);
    expect(sidesOf(moved)).toEqual({ before: `${first}\n\n${second}`, after: `${second}\n\n${first}` });
    // One block kept, the other removed and re-inserted: not a word-by-word mess.
    expect(moved.filter((s) => s.op !== "equal").length).toBeLessThanOrEqual(4);
    for (let i = 0; i < 20; i++) {
      const before = randomText(rand, 500);
      const after = mutate(rand, mutate(rand, before));
      expect(sidesOf(wordDiff(before, after))).toEqual({ before, after });
    }
  });

  it("stays correct (if coarser) when the work budget runs out", () => {
    const rand = random(3);
    const before = randomText(rand, 400);
    const after = randomText(rand, 400);
    const segments = wordDiff(before, after, 50);
    expect(sidesOf(segments)).toEqual({ before, after });
  });

  it("compares words without their trailing whitespace, and shows a whitespace change on its own", () => {
    expect(wordDiff("one two three", "one two three four")).toEqual([
      { op: "equal", text: "one two three" },
      { op: "insert", text: " four" },
    ]);
    expect(sidesOf(wordDiff("one two\n\nthree", "one two three"))).toEqual({ before: "one two\n\nthree", after: "one two three" });
    expect(wordDiff("one two\n\nthree", "one two three")).toEqual([
      { op: "equal", text: "one two" },
      { op: "delete", text: "\n\n" },
      { op: "insert", text: " " },
      { op: "equal", text: "three" },
    ]);
  });

  it("counts words added and removed", () => {
    expect(diffStats(wordDiff("one two three", "one four five three six"))).toEqual({ added: 3, removed: 1 });
  });
});
