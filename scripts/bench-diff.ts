// `npx tsx scripts/bench-diff.ts`: how long the word diff takes on 20,000-character
// texts (the positions feature promises under 50 ms on this machine). A benchmark to
// rerun after changing lib/positions/word-diff.ts, not a timed test: timings depend
// on the machine and its load, so they are printed, and the exit code only says
// whether every case's median stayed under the target (single runs can be slowed by
// garbage collection or a busy machine; the worst run is printed too).
import { readFileSync } from "node:fs";
import path from "node:path";
import { sidesOf, tokenize, wordDiff } from "../lib/positions/word-diff";

const TARGET_MS = 50;
const LENGTH = 20_000;
const RUNS = 15;

// Real prose: the ILO paper the demo content is cut from, repeated to length.
const source = JSON.parse(readFileSync(path.join(import.meta.dirname, "../lib/seed/content.json"), "utf8")) as unknown;
const prose = JSON.stringify(source).replace(/[{}[\]"\\]/g, " ").replace(/\s+/g, " ");
const base = prose.repeat(Math.ceil(LENGTH / prose.length)).slice(0, LENGTH);

// Deterministic pseudo-random edits so runs are comparable.
let seed = 2013;
const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);

function edit(text: string, share: number): string {
  return tokenize(text)
    .map((token) => (/\w/.test(token) && rand() < share ? (rand() < 0.5 ? "" : `${token}ed`) : token))
    .join("");
}

function shuffledWords(text: string): string {
  const words = text.split(" ");
  for (let i = words.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [words[i], words[j]] = [words[j]!, words[i]!];
  }
  return words.join(" ").slice(0, LENGTH);
}

const cases: { name: string; before: string; after: string }[] = [
  { name: "identical", before: base, after: base },
  { name: "one word changed", before: base, after: base.replace("migration", "mobility") },
  { name: "1% of words edited", before: base, after: edit(base, 0.01) },
  { name: "10% of words edited", before: base, after: edit(base, 0.1) },
  { name: "30% of words edited", before: base, after: edit(base, 0.3) },
  { name: "paragraphs moved", before: base, after: base.slice(LENGTH / 2) + base.slice(0, LENGTH / 2) },
  { name: "same words, shuffled", before: base, after: shuffledWords(base) },
  { name: "unrelated texts", before: base, after: "x ".repeat(LENGTH / 2) },
];

let slowest = 0;
console.log(`Word diff of ${LENGTH.toLocaleString("en")}-character texts, median and worst of ${RUNS} runs:`);
for (const c of cases) {
  const times: number[] = [];
  let segments = wordDiff(c.before, c.after);
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    segments = wordDiff(c.before, c.after);
    times.push(performance.now() - start);
  }
  const sides = sidesOf(segments);
  if (sides.before !== c.before || sides.after !== c.after) throw new Error(`${c.name}: the diff does not rebuild its texts`);
  times.sort((x, y) => x - y);
  const median = times[Math.floor(RUNS / 2)]!;
  const worst = times[RUNS - 1]!;
  slowest = Math.max(slowest, median);
  const changes = segments.filter((s) => s.op !== "equal").length;
  console.log(`  ${c.name.padEnd(24)} median ${median.toFixed(1).padStart(6)} ms   worst ${worst.toFixed(1).padStart(6)} ms   ${changes} changed segments`);
}
console.log(
  slowest < TARGET_MS ? `Every median under ${TARGET_MS} ms.` : `The slowest case's median is ${slowest.toFixed(1)} ms (target ${TARGET_MS} ms).`,
);
process.exitCode = slowest < TARGET_MS ? 0 : 1;
