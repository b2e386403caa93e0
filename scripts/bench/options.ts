// Command-line flags of `npm run bench`. Defaults are a full run (about ten minutes
// on a 2-core machine); --quick shortens every phase for iterating.
import { parseArgs } from "node:util";

export type TBenchOptions = {
  /** Multiplies the generated data (not the demo content). */
  scale: number;
  /** Seconds per closed-loop autocannon run. */
  duration: number;
  /** Longest closed-loop run: a slow page gets up to this, to answer several times per connection. */
  maxDuration: number;
  /** Seconds of the fixed-arrival-rate run. */
  rateDuration: number;
  /** Page views per second of the fixed-arrival-rate run. */
  rate: number;
  connections: number[];
  /** Sequential views per page when counting database round trips. */
  roundTripViews: number;
  /** Only these pages (keys of PAGES), for iterating on one. */
  pages: string[] | null;
  skipBrowser: boolean;
  skipLoad: boolean;
  /** Leave the generated database in place (for profiling by hand), and print its URLs. */
  keepDatabase: boolean;
  port: number;
  quick: boolean;
};

const HELP = `npm run bench -- [options]
  --quick              short runs (4 s each, 1 and 10 connections, 5 s at the fixed rate)
  --scale N            N times the generated data (default 1)
  --duration S         seconds per autocannon run (default 10)
  --max-duration S     a slow page's run is stretched to ~3 answers per connection, up to S s (default 60; quick 20)
  --rate R             views per second of the open-loop theme page run (default 20)
  --rate-duration S    seconds of that run (default 15)
  --connections LIST   e.g. 1,10,50 (default)
  --views N            sequential views per page when counting round trips (default 20)
  --pages LIST         only these pages: theme,home,meeting,actions,board,positions,note,dashboard,search
                       (and briefing: the briefing pack step; live: 200 open event streams)
                       (search also times searches against the database)
  --no-browser         skip first-load JavaScript (Playwright)
  --no-load            skip the autocannon runs (data, round trips and JS only)
  --keep-database      do not drop the generated database at the end (prints its URLs)
  --port P             port of the app (default 3511; the floor takes P+1, relays are ephemeral)`;

export function parseOptions(argv: string[]): TBenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: "boolean", default: false },
      scale: { type: "string" },
      duration: { type: "string" },
      rate: { type: "string" },
      "max-duration": { type: "string" },
      "rate-duration": { type: "string" },
      connections: { type: "string" },
      views: { type: "string" },
      pages: { type: "string" },
      "no-browser": { type: "boolean", default: false },
      "no-load": { type: "boolean", default: false },
      "keep-database": { type: "boolean", default: false },
      port: { type: "string" },
      help: { type: "boolean", default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const quick = values.quick ?? false;
  const num = (v: string | undefined, fallback: number, name: string) => {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got "${v}"`);
    return n;
  };
  return {
    quick,
    scale: num(values.scale, 1, "scale"),
    duration: num(values.duration, quick ? 4 : 10, "duration"),
    maxDuration: num(values["max-duration"], quick ? 20 : 60, "max-duration"),
    rate: num(values.rate, 20, "rate"),
    rateDuration: num(values["rate-duration"], quick ? 5 : 15, "rate-duration"),
    connections: values.connections
      ? values.connections.split(",").map((c) => num(c, 1, "connections"))
      : quick ? [1, 10] : [1, 10, 50],
    roundTripViews: num(values.views, quick ? 5 : 20, "views"),
    pages: values.pages ? values.pages.split(",").map((p) => p.trim()) : null,
    skipBrowser: values["no-browser"] ?? false,
    skipLoad: values["no-load"] ?? false,
    keepDatabase: values["keep-database"] ?? false,
    port: num(values.port, Number(process.env.BENCH_PORT ?? 3511), "port"),
  };
}
