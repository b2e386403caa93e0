// `npm run bench [-- options]` (see scripts/bench/options.ts, or --help): the
// benchmark of issue 9, end to end, on a throw-away PostgreSQL database:
//   1. builds the app if its sources changed (NEXT_DIST_DIR honoured);
//   2. creates, migrates and seeds a database on DATABASE_URL's server and fills it
//      to meeting scale (scripts/bench/generate-data.ts);
//   3. starts the app as `npm start` serves it (scripts/serve.mjs) and the bare floor server (scripts/bench/floor-server.ts),
//      each behind a relay that counts database round trips;
//   4. signs head.lk@gov.demo in through next-auth's credentials provider and, with
//      that session, checks each hot page, counts its round trips per view, loads it
//      with autocannon at 1, 10 and 50 connections (the theme page and the floor also
//      at a fixed arrival rate), and weighs its first-load JavaScript in Chromium;
//   5. times typical searches over the 100,000 searchable documents, as the search
//      page runs them, straight against the database (scripts/bench/search-timings.ts);
//   6. prints the results and writes bench/results/latest.{json,md}.
// Servers, relays and the database are removed at the end, on failure and on Ctrl-C.
// A measuring instrument, not a test: nothing is asserted about the figures.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import os from "node:os";
import pg from "pg";
import { ROOT, buildIfStale } from "../lib/setup.mjs";
import { parseOptions } from "./options";
import { createBenchDatabase, migrateAndSeed, requireLocalPostgres } from "./database";
import { generateData, MEASURED_THEME, VIEWER_EMAIL } from "./generate-data";
import { connectPostgres } from "@/lib/db/sql-client";
import { rerenderStaleRows } from "@/lib/markdown/rerender";
import { createCountingRelay } from "./round-trips";
import { onCleanup, runCleanups, startApp, startFloor } from "./servers";
import { signIn } from "./sign-in";
import { checkPage, countRoundTrips } from "./page-checks";
import { browserHeaders, load, type TLoadResult } from "./load";
import { openLoop } from "./open-loop";
import { cpuPerRequest, sampleCpu } from "./cpu-time";
import { measureFirstLoadJs } from "./first-load-js";
import { toMarkdown, writeResults, type TBenchResults } from "./report";
import { timeSearches } from "./search-timings";
import { measureBriefing } from "./briefing";
import { measureLiveStreams } from "./live-streams";

const DEMO_PASSWORD = "demo-password-2013";
const THEME_PATH = `/meetings/${MEASURED_THEME.meeting}/themes/${MEASURED_THEME.code}`;
// The measured viewer's pack of the whole meeting, resolved threads included (issue 13).
const BRIEFING_PATH = `/meetings/${MEASURED_THEME.meeting}/briefing.pdf?resolved=1`;

/** The hot pages, and a text each must contain (so a redirect or error page is caught). */
function hotPages(notePath: string): Record<string, { path: string; expect: string }> {
  return {
    theme: { path: THEME_PATH, expect: MEASURED_THEME.code },
    home: { path: "/", expect: "Before the meetings" },
    meeting: { path: `/meetings/${MEASURED_THEME.meeting}`, expect: "RT2" },
    actions: { path: "/actions", expect: "<h1" },
    board: { path: "/actions/board", expect: "<h1" },
    positions: { path: `/meetings/${MEASURED_THEME.meeting}/positions`, expect: "<h1" },
    note: { path: notePath, expect: "<h1" },
    dashboard: { path: "/dashboard", expect: "Preparation dashboard" },
    search: { path: "/search?q=recruitment+fees", expect: "results for" },
  };
}

/** How long a cheap request takes (the app: next-auth's CSRF token, through the proxy). */
async function probeLatency(probeUrl: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(probeUrl).catch(() => null);
  await response?.arrayBuffer();
  return response?.ok ? performance.now() - started : Infinity;
}

// Next keeps rendering pages whose client has gone, so a run that left a queue behind
// would slow the next one down. Wait (up to two minutes) until a cheap request is
// about as fast as on the idle server, twice in a row.
async function waitUntilIdle(probeUrl: string, baseline: number) {
  const threshold = Math.max(250, 3 * baseline);
  const deadline = Date.now() + 120_000;
  let quick = 0;
  await pause(500);
  while (quick < 2 && Date.now() < deadline) {
    quick = (await probeLatency(probeUrl)) <= threshold ? quick + 1 : 0;
    if (quick < 2) await pause(500);
  }
  if (quick < 2) log(`${probeUrl} still slow after two minutes; going on.`);
}

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function postgresVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return ((await client.query("SHOW server_version")).rows[0].server_version as string).replace(/^/, "PostgreSQL ");
  } finally {
    await client.end();
  }
}

function gitCommit(): string {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT }).toString().trim();
    const dirty = execFileSync("git", ["status", "--porcelain"], { cwd: ROOT }).toString().trim() ? " (with uncommitted changes)" : "";
    return commit + dirty;
  } catch {
    return "unknown";
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const adminUrl = requireLocalPostgres();
  const startedAt = new Date();
  const results: TBenchResults = {
    startedAt: startedAt.toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "?", loadAverageAtStart: os.loadavg(), node: process.version, postgres: await postgresVersion(adminUrl) },
    commit: gitCommit(),
    options: { ...options },
    data: {},
    dataSeconds: 0,
    pages: {},
    floor: { path: THEME_PATH, load: [] },
  };

  log("Build (next build when the sources changed)…");
  buildIfStale();

  log("Throw-away database: create, migrate, seed…");
  const database = await createBenchDatabase(adminUrl);
  onCleanup("database", async () => {
    if (options.keepDatabase) return log(`Kept database ${database.name} (drop it with DROP DATABASE "${database.name}" WITH (FORCE); DROP ROLE "${database.name}_app").`);
    await database.drop();
    log(`Dropped database ${database.name}.`);
  });
  await migrateAndSeed(database.url);
  log(`Generating meeting-scale data (scale ${options.scale})…`);
  const generated = await generateData(database.url, options.scale);
  results.data = generated.counts;
  results.dataSeconds = generated.seconds;
  log(`${Object.entries(generated.counts).map(([k, v]) => `${v} ${k}`).join(", ")} in ${generated.seconds.toFixed(1)} s`);
  // The generated rows carry Markdown only; the app stores its rendered form when it
  // writes (lib/markdown/rerender.ts derives it for rows written otherwise).
  const owner = await connectPostgres(database.url);
  try {
    const rendered = await rerenderStaleRows(owner);
    log(`Rendered stored Markdown: ${Object.entries(rendered).map(([k, v]) => `${v} ${k}`).join(", ")}`);
  } finally {
    await owner.close();
  }

  const appUrl = await database.createAppRole();
  if (options.keepDatabase) log(`Keeping the database: owner ${database.url}, app role ${appUrl}`);
  const appRelay = await createCountingRelay(appUrl);
  onCleanup("app relay", () => appRelay.stop());
  const floorRelay = await createCountingRelay(appUrl);
  onCleanup("floor relay", () => floorRelay.stop());
  const authSecret = randomBytes(32).toString("base64url");

  // First the servers behind the counting relays, for the round trips only: the relays
  // run in this process, which also runs autocannon, so under load they would be a
  // bottleneck of their own (and the floor's figures would measure them).
  log(`Starting the app (scripts/serve.mjs) on 127.0.0.1:${options.port} and the floor on ${options.port + 1}, behind counting relays…`);
  let [app, floor] = await Promise.all([
    startApp(options.port, appRelay.url, authSecret),
    startFloor(options.port + 1, floorRelay.url, authSecret),
  ]);
  const session = await signIn(app.url, VIEWER_EMAIL, DEMO_PASSWORD);
  log(`Signed in as ${VIEWER_EMAIL}.`);

  const pages = Object.entries(hotPages(generated.notePath)).filter(([key]) => !options.pages || options.pages.includes(key));
  for (const [key, page] of pages) {
    const check = await checkPage(`${app.url}${page.path}`, session.cookie, page.expect);
    const roundTrips = await countRoundTrips(`${app.url}${page.path}`, session.cookie, appRelay, options.roundTripViews);
    results.pages[key] = { path: page.path, check: { ...check, roundTrips }, load: [] };
    log(`${key.padEnd(10)} ${(check.htmlBytes / 1024).toFixed(1)} kB HTML, ${roundTrips.toFixed(1)} round trips per view`);
  }
  const floorCheck = await checkPage(`${floor.url}${THEME_PATH}`, session.cookie, MEASURED_THEME.code);
  results.floor.check = { ...floorCheck, roundTrips: await countRoundTrips(`${floor.url}${THEME_PATH}`, session.cookie, floorRelay, options.roundTripViews) };
  log(`floor      ${(floorCheck.htmlBytes / 1024).toFixed(1)} kB HTML, ${results.floor.check.roundTrips.toFixed(1)} round trips per view`);

  // Then the same servers connected straight to PostgreSQL, for load and the browser
  // (the session lives in the database, so the cookie stays valid).
  await Promise.all([app.stop(), floor.stop(), appRelay.stop(), floorRelay.stop()]);
  [app, floor] = await Promise.all([startApp(options.port, appUrl, authSecret), startFloor(options.port + 1, appUrl, authSecret)]);
  // Fresh processes compile their code on the first requests: warm every page up (and
  // every worker of the app: each request may land on another) before measuring.
  for (const [, page] of pages) for (let i = 0; i < 6; i++) await checkPage(`${app.url}${page.path}`, session.cookie, page.expect);
  for (let i = 0; i < 6; i++) await checkPage(`${floor.url}${THEME_PATH}`, session.cookie, MEASURED_THEME.code);
  log("Restarted the app and the floor on direct connections, and warmed them up.");

  if (!options.pages || options.pages.includes("search")) {
    log("Search server time (both statements of a search page, as the app's role)…");
    results.search = await timeSearches(appUrl, VIEWER_EMAIL, options.quick ? 5 : 20);
    for (const t of results.search) {
      log(`search ${t.group.padEnd(13)} p50 ${t.p50.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms (target ${t.targetMs} ms), ${t.samples} searches`);
    }
  }

  if (!options.pages || options.pages.includes("briefing")) {
    log("Briefing pack: the meeting's PDF with every theme and resolved threads, downloaded in a row…");
    results.briefing = await measureBriefing(`${app.url}${BRIEFING_PATH}`, session.cookie, { pid: app.child.pid });
    const b = results.briefing;
    log(`briefing   ${b.pages} pages, ${(b.bytes / 1024).toFixed(0)} kB: median ${b.medianMs.toFixed(0)} ms, slowest ${b.maxMs.toFixed(0)} ms, memory +${b.rssGrowthMb?.toFixed(0) ?? "?"} MB`);
  }

  if (!options.skipLoad && (!options.pages || options.pages.includes("live"))) {
    const streams = 200;
    log(`Live streams: the theme page at 10 connections without, then with ${streams} open event streams…`);
    results.live = await measureLiveStreams(app.url, `${app.url}${THEME_PATH}`, browserHeaders(session.cookie), {
      pid: app.child.pid,
      streams,
      seconds: options.duration,
      connections: 10,
    });
    const l = results.live;
    log(
      `live       ${l.open}/${l.streams} streams open: memory +${l.rssGrowthMb?.toFixed(1) ?? "?"} MB; theme ${l.without.rps.toFixed(1)} → ${l.with.rps.toFixed(1)} req/s (×${l.throughputRatio.toFixed(2)}), p95 ${l.without.p95.toFixed(0)} → ${l.with.p95.toFixed(0)} ms`,
    );
  }

  if (!options.skipLoad) {
    const headers = browserHeaders(session.cookie);
    const appProbe = `${app.url}/api/auth/csrf`;
    const floorProbe = `${floor.url}/health`;
    const idleBaseline = await probeLatency(appProbe);
    const run = async (label: string, url: string, settings: { connections: number; seconds: number; rate?: number }, into: TLoadResult[]) => {
      const server = url.startsWith(app.url) ? app : floor;
      const before = sampleCpu(server.child.pid!);
      const result = settings.rate ? await openLoop(url, headers, { rate: settings.rate, seconds: settings.seconds }) : await load(url, headers, settings);
      result.cpuMs = cpuPerRequest(before, sampleCpu(server.child.pid!), result.requests);
      into.push(result);
      log(`${label.padEnd(10)} ${settings.rate ? `${settings.rate}/s open loop` : `${settings.connections} conn.`}, ${result.seconds} s: ${result.rps.toFixed(1)} req/s, p50 ${result.p50.toFixed(0)} ms, p95 ${result.p95.toFixed(0)} ms, p99 ${result.p99.toFixed(0)} ms, non-2xx ${result.non2xx}, unfinished ${result.unfinished}, CPU ${result.cpuMs.toFixed(1)} ms per view`);
      await waitUntilIdle(url.startsWith(app.url) ? appProbe : floorProbe, idleBaseline);
    };
    // A closed-loop run only measures answers that arrive before it ends: a page that
    // takes 20 s under 50 connections would show nothing in 10 s. So a run lasts long
    // enough for about three answers per connection at the rate the page managed
    // with fewer connections, within --max-duration.
    const secondsFor = (runs: TLoadResult[], connections: number) => {
      const best = Math.max(0, ...runs.map((r) => r.rps));
      const needed = best > 0 ? Math.ceil((3 * connections) / best) : options.duration;
      return Math.min(options.maxDuration, Math.max(options.duration, needed));
    };
    for (const connections of options.connections) {
      for (const [key, page] of pages) {
        const into = results.pages[key]!.load;
        await run(key, `${app.url}${page.path}`, { connections, seconds: secondsFor(into, connections) }, into);
      }
      await run("floor", `${floor.url}${THEME_PATH}`, { connections, seconds: secondsFor(results.floor.load, connections) }, results.floor.load);
    }
    // A room of 200 delegates each opening the page every 10 s: arrivals at a fixed
    // average rate, independent of the answers (scripts/bench/open-loop.ts).
    const rateSettings = { connections: 0, seconds: options.rateDuration, rate: options.rate };
    if (results.pages.theme) await run("theme", `${app.url}${THEME_PATH}`, rateSettings, results.pages.theme.load);
    await run("floor", `${floor.url}${THEME_PATH}`, rateSettings, results.floor.load);
  }

  if (!options.skipBrowser) {
    log("First-load JavaScript in Chromium (cold cache per route)…");
    const weights = await measureFirstLoadJs(app.url, session, Object.fromEntries(pages.map(([key, page]) => [key, page.path])));
    for (const [key, weight] of Object.entries(weights)) results.pages[key]!.firstLoadJs = weight;
  }

  results.finishedAt = new Date().toISOString();
  const files = writeResults(ROOT, results);
  console.log(`\n${toMarkdown(results)}`);
  log(`Wrote ${files.md} and ${files.json}.`);
}

let exiting = false;
async function finish(code: number) {
  if (exiting) return;
  exiting = true;
  await runCleanups();
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping servers and dropping the database…`);
    void finish(130);
  });
}
for (const event of ["uncaughtException", "unhandledRejection"] as const) {
  process.on(event, (error: unknown) => {
    console.error(`Benchmark failed (${event}):`, error instanceof Error ? (error.stack ?? error.message) : error);
    void finish(1);
  });
}
// Bounded in time whatever happens (a hung server, a stuck query): one hour at most.
setTimeout(() => {
  console.error("The benchmark ran for an hour; giving up.");
  void finish(1);
}, Number(process.env.BENCH_TIMEOUT_MS ?? 3_600_000)).unref();

main().then(
  () => finish(0),
  (error: unknown) => {
    console.error("Benchmark failed:", error instanceof Error ? (error.stack ?? error.message) : error);
    if (error instanceof Error && error.cause) console.error("Cause:", error.cause);
    void finish(1);
  },
);
