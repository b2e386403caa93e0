// The results of one run: a JSON file for machines and a Markdown page for people
// (also printed), in bench/results/.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { TLoadResult } from "./load";
import type { TPageCheck } from "./page-checks";
import type { TScriptWeight } from "./first-load-js";
import type { TSearchTiming } from "./search-timings";
import type { TBriefingMeasure } from "./briefing";
import type { TLiveStreamsMeasure } from "./live-streams";

export type TBenchResults = {
  startedAt: string;
  finishedAt?: string;
  machine: { cpus: number; cpuModel: string; loadAverageAtStart: number[]; node: string; postgres: string };
  commit: string;
  options: Record<string, unknown>;
  data: Record<string, number>;
  dataSeconds: number;
  pages: Record<string, { path: string; check?: TPageCheck; firstLoadJs?: TScriptWeight; load: TLoadResult[] }>;
  floor: { path: string; check?: TPageCheck; load: TLoadResult[] };
  /** Server time of typical searches (scripts/bench/search-timings.ts). */
  search?: TSearchTiming[];
  /** The briefing pack's PDF over HTTP (scripts/bench/briefing.ts). */
  briefing?: TBriefingMeasure;
  /** Open live streams: memory and the theme page's throughput (scripts/bench/live-streams.ts). */
  live?: TLiveStreamsMeasure;
};

const kB = (bytes: number | undefined) => (bytes === undefined ? "—" : `${(bytes / 1024).toFixed(1)} kB`);
const ms = (v: number) => (Number.isFinite(v) ? `${v < 10 ? v.toFixed(1) : Math.round(v)} ms` : "—");
const rps = (v: number) => (v < 10 ? v.toFixed(1) : Math.round(v).toString());
const nonOk = (r: TLoadResult) =>
  r.non2xx ? `${r.non2xx} (${Object.entries(r.statusCodes).filter(([code]) => !code.startsWith("2")).map(([code, n]) => `${code}×${n}`).join(", ")})` : "0";
const runLabel = (r: TLoadResult) => (r.rate ? `${r.rate}/s open loop (Poisson)` : `${r.connections} conn.`);

export function toMarkdown(results: TBenchResults): string {
  const lines: string[] = [];
  const { machine } = results;
  lines.push(
    `# Benchmark ${results.startedAt.slice(0, 16).replace("T", " ")} UTC`,
    "",
    `Commit ${results.commit}; ${machine.cpus} × ${machine.cpuModel}; load average at start ${machine.loadAverageAtStart.map((l) => l.toFixed(2)).join(", ")}; Node ${machine.node}; ${machine.postgres}.`,
    `Options: ${JSON.stringify(results.options)}.`,
    `Data (generated in ${results.dataSeconds.toFixed(0)} s): ${Object.entries(results.data).map(([k, v]) => `${v.toLocaleString("en")} ${k}`).join(", ")}.`,
    "",
    "## Per page view",
    "",
    "| page | path | HTML | gzipped | DB round trips | first-load JS (compressed) | scripts | server requests per browser view |",
    "|---|---|---|---|---|---|---|---|",
  );
  for (const [key, page] of Object.entries(results.pages)) {
    lines.push(
      `| ${key} | \`${page.path}\` | ${kB(page.check?.htmlBytes)} | ${kB(page.check?.gzipBytes)} | ${page.check?.roundTrips.toFixed(1) ?? "—"} | ${kB(page.firstLoadJs?.compressedBytes)} | ${page.firstLoadJs?.scripts ?? "—"} | ${page.firstLoadJs?.serverRequests ?? "—"} |`,
    );
  }
  const floor = results.floor;
  lines.push(`| floor (theme) | \`${floor.path}\` | ${kB(floor.check?.htmlBytes)} | ${kB(floor.check?.gzipBytes)} | ${floor.check?.roundTrips.toFixed(1) ?? "—"} | 0 | 0 | — |`);

  lines.push(
    "",
    "## Under load",
    "",
    "CPU per view: processor time of the server (all its processes) during the run, divided by the answered requests (PostgreSQL not included).",
    "",
    "| page | load | s | req/s | p50 | p95 | p99 | max | non-2xx | errors | unfinished | server CPU per view |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|",
  );
  const cpu = (r: TLoadResult) => (r.cpuMs === undefined ? "—" : ms(r.cpuMs));
  const loadRows = (label: string, runs: TLoadResult[]) => {
    for (const r of runs) {
      lines.push(`| ${label} | ${runLabel(r)} | ${r.seconds} | ${rps(r.rps)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.max)} | ${nonOk(r)} | ${r.errors} | ${r.unfinished} | ${cpu(r)} |`);
    }
  };
  for (const [key, page] of Object.entries(results.pages)) loadRows(key, page.load);
  loadRows("floor (theme)", floor.load);

  const theme = results.pages.theme;
  if (theme?.load.length && floor.load.length) {
    lines.push("", "## Theme page against the floor", "", "| load | app req/s | floor req/s | app/floor | app p95 | floor p95 |", "|---|---|---|---|---|---|");
    for (const app of theme.load) {
      const bare = floor.load.find((f) => f.connections === app.connections && f.rate === app.rate);
      if (!bare) continue;
      lines.push(`| ${runLabel(app)} | ${rps(app.rps)} | ${rps(bare.rps)} | ${(app.rps / bare.rps).toFixed(3)}× | ${ms(app.p95)} | ${ms(bare.p95)} |`);
    }
  }
  if (results.search?.length) {
    lines.push(
      "",
      `## Search (server time of both statements, ${results.data["search documents"]?.toLocaleString("en") ?? "?"} documents)`,
      "",
      "| queries | searches | min | p50 | p95 | max | target p95 | matches the viewer may read |",
      "|---|---|---|---|---|---|---|---|",
    );
    for (const t of results.search) {
      lines.push(`| ${t.group}: ${t.queries.map((q) => `\`${q}\``).join(", ")} | ${t.samples} | ${ms(t.min)} | ${ms(t.p50)} | ${ms(t.p95)} | ${ms(t.max)} | ${t.targetMs} ms | ${t.matches.join(", ")} |`);
    }
  }
  const briefing = results.briefing;
  if (briefing) {
    lines.push(
      "",
      "## Briefing pack (the measured viewer's HLD pack as a PDF, every theme, resolved threads included)",
      "",
      "| downloads | pages | size | first byte | median | slowest | memory growth | within 5 s / 200 MB |",
      "|---|---|---|---|---|---|---|---|",
      `| ${briefing.downloads} | ${briefing.pages} | ${kB(briefing.bytes)} | ${ms(briefing.firstByteMs)} | ${ms(briefing.medianMs)} | ${ms(briefing.maxMs)} | ${briefing.rssGrowthMb === null ? "—" : `${briefing.rssGrowthMb.toFixed(0)} MB`} | ${briefing.withinBounds.time ? "yes" : "no"} / ${briefing.withinBounds.memory === null ? "—" : briefing.withinBounds.memory ? "yes" : "no"} |`,
    );
  }
  const live = results.live;
  if (live) {
    lines.push(
      "",
      `## Live streams (${live.streams} open event streams on the app; the theme page at ${live.without.connections} connections without and with them)`,
      "",
      "| streams open | memory growth | theme req/s without → with | p95 without → with | ratio | within 50 MB / 10 % |",
      "|---|---|---|---|---|---|",
      `| ${live.open} of ${live.streams} | ${live.rssGrowthMb === null ? "—" : `${live.rssGrowthMb.toFixed(1)} MB`} | ${live.without.rps.toFixed(1)} → ${live.with.rps.toFixed(1)} | ${ms(live.without.p95)} → ${ms(live.with.p95)} | ×${live.throughputRatio.toFixed(2)} | ${live.withinBounds.memory === null ? "—" : live.withinBounds.memory ? "yes" : "no"} / ${live.withinBounds.throughput ? "yes" : "no"} |`,
      "",
      `Rounds, without → with (req/s): ${(live.rounds ?? []).map((r) => `${r.without.rps.toFixed(1)} → ${r.with.rps.toFixed(1)}`).join("; ")}. The ratio is views answered with the streams over views answered without, over all rounds; the row above shows the round with the median "without".`,
    );
  }
  return lines.join("\n") + "\n";
}

export function writeResults(root: string, results: TBenchResults): { json: string; md: string } {
  const dir = path.join(root, "bench", "results");
  mkdirSync(dir, { recursive: true });
  const json = path.join(dir, "latest.json");
  const md = path.join(dir, "latest.md");
  writeFileSync(json, JSON.stringify(results, null, 2) + "\n");
  writeFileSync(md, toMarkdown(results));
  return { json, md };
}
