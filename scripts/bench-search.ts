// Search at meeting scale, on its own (the same timings `npm run bench` prints in its
// "Search" section, without building or serving the app):
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx scripts/bench-search.ts
// creates a throw-away database with the benchmark's data (100,000 searchable
// documents at --scale 1, scripts/bench/generate-data.ts), times the typical searches
// as head.lk@gov.demo through the app's role, prints them and drops the database.
// `--keep` keeps it (its URL is printed); `--url <owner URL>` times an existing one.
import { parseArgs } from "node:util";
import { createBenchDatabase, migrateAndSeed, requireLocalPostgres } from "./bench/database";
import { generateData, VIEWER_EMAIL } from "./bench/generate-data";
import { timeSearches } from "./bench/search-timings";
import { ensureAppRole, grantAppRole } from "../lib/db/app-role";
import { connectPostgres } from "../lib/db/sql-client";

const { values } = parseArgs({
  options: { url: { type: "string" }, keep: { type: "boolean", default: false }, scale: { type: "string" }, runs: { type: "string" } },
});

const ms = (v: number) => `${v.toFixed(1)} ms`;

async function appRoleUrl(ownerUrl: string): Promise<string> {
  const url = new URL(ownerUrl);
  const role = `${url.pathname.slice(1)}_app`;
  url.username = role;
  url.password = "bench-search-app-role";
  const owner = await connectPostgres(ownerUrl);
  try {
    await ensureAppRole(owner, role, { password: url.password });
    await grantAppRole(owner, role);
  } finally {
    await owner.close();
  }
  return url.toString();
}

async function main() {
  let url = values.url;
  let drop: (() => Promise<void>) | undefined;
  if (!url) {
    const database = await createBenchDatabase(requireLocalPostgres());
    drop = values.keep ? undefined : () => database.drop();
    try {
      await migrateAndSeed(database.url);
      const generated = await generateData(database.url, Number(values.scale ?? 1));
      console.log(`Data in ${generated.seconds.toFixed(0)} s: ${JSON.stringify(generated.counts)}`);
      url = database.url;
      if (values.keep) console.log(`Kept: ${url}`);
    } catch (error) {
      await drop?.();
      throw error;
    }
  }
  try {
    const timings = await timeSearches(await appRoleUrl(url), VIEWER_EMAIL, Number(values.runs ?? 20));
    for (const t of timings) {
      console.log(`${t.group.padEnd(14)} min ${ms(t.min)}, p50 ${ms(t.p50)}, p95 ${ms(t.p95)} (target ${t.targetMs} ms), max ${ms(t.max)}; ${t.samples} searches; matches ${t.matches.join(", ")}`);
    }
  } finally {
    await drop?.();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
