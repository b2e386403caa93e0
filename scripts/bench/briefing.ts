// The briefing pack's PDF over HTTP (issue 13: every theme and 500 notes within 5 s
// and 200 MB on the 2-core machine), as a step the benchmark runner can call with the
// signed-in viewer's cookie:
//
//   const result = await measureBriefing(`${app.url}/meetings/hld-2013/briefing.pdf?resolved=1`, cookie, { pid: app.child.pid });
//
// It downloads the pack a few times in a row (after one warm-up) and reports the
// slowest and median download, the time to the first byte, the size and page count
// of the file, and — when given the app's process id (Linux) — the peak growth of
// the resident memory of that process and every process it started (serve.mjs runs
// one app process per core), sampled every 20 ms while the packs are made.
import { readFileSync, readdirSync } from "node:fs";

export type TBriefingMeasure = {
  status: number;
  contentType: string | null;
  cacheControl: string | null;
  downloads: number;
  medianMs: number;
  maxMs: number;
  firstByteMs: number;
  bytes: number;
  pages: number;
  /** Peak growth of the app's resident memory over its level before the downloads, in MB. */
  rssGrowthMb: number | null;
  /** The bounds of the issue, as met or not by the slowest download. */
  withinBounds: { time: boolean; memory: boolean | null };
};

const MAX_MS = 5_000;
const MAX_MB = 200;

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
export function treeRss(pid: number): number {
  let total = 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
      for (const child of children ? children.split(/\s+/) : []) total += treeRss(Number(child));
    }
  } catch {
    // The process ended between two reads.
  }
  return total;
}

async function download(url: string, cookie: string) {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const firstByteMs = performance.now() - started;
  const body = Buffer.from(await response.arrayBuffer());
  return { response, body, ms: performance.now() - started, firstByteMs };
}

export async function measureBriefing(url: string, cookie: string, { pid, downloads = 3 }: { pid?: number; downloads?: number } = {}): Promise<TBriefingMeasure> {
  const warm = await download(url, cookie);
  if (warm.response.status !== 200) throw new Error(`${url} answered ${warm.response.status} for the signed-in viewer`);
  if (!warm.body.subarray(0, 5).equals(Buffer.from("%PDF-"))) throw new Error(`${url} did not answer with a PDF`);

  const baseline = pid ? treeRss(pid) : 0;
  let peak = baseline;
  const sampler = pid ? setInterval(() => (peak = Math.max(peak, treeRss(pid))), 20) : null;
  const runs = [];
  try {
    for (let i = 0; i < downloads; i++) runs.push(await download(url, cookie));
  } finally {
    if (sampler) clearInterval(sampler);
  }
  const times = runs.map((r) => r.ms).sort((a, b) => a - b);
  const last = runs[runs.length - 1]!;
  const maxMs = times[times.length - 1]!;
  const rssGrowthMb = pid ? (peak - baseline) / 2 ** 20 : null;
  return {
    status: last.response.status,
    contentType: last.response.headers.get("content-type"),
    cacheControl: last.response.headers.get("cache-control"),
    downloads: runs.length,
    medianMs: times[Math.floor(times.length / 2)]!,
    maxMs,
    firstByteMs: Math.max(...runs.map((r) => r.firstByteMs)),
    bytes: last.body.length,
    pages: (last.body.toString("latin1").match(/\/Type \/Page\b(?!s)/g) ?? []).length,
    rssGrowthMb,
    withinBounds: { time: maxMs <= MAX_MS, memory: rssGrowthMb === null ? null : rssGrowthMb <= MAX_MB },
  };
}
