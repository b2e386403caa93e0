// `npm test`: everything that proves the project works, from a fresh clone. Installs
// what is missing, then typecheck, lint, unit, integration (against DATABASE_URL's
// server when set, else throw-away embedded databases) and the browser suite against
// the built app. Every stage runs even when an earlier one failed, so one run shows
// everything that is wrong; the last line is "N passed, N failed".
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { ROOT, buildIfStale, demoWorkspaceDate, ensureDependencies, run } from "./lib/setup.mjs";
import { ensureChromium } from "./lib/chromium.mjs";
import { createE2eDatabase } from "./lib/e2e-database.mjs";

const OUT = path.join(ROOT, process.env.TEST_OUTPUT_DIR || ".test-output");
const TEST_AUTH_SECRET = "test-secret-for-the-e2e-suite-only-0123456789abcdef";
const totals = { passed: 0, failed: 0 };
const failures = [];

function record(stage, passed, failed) {
  totals.passed += passed;
  totals.failed += failed;
  if (failed > 0) failures.push(stage);
  console.log(`\n── ${stage}: ${passed} passed, ${failed} failed\n`);
}

/** A stage that is one check: it passes or fails as a whole. */
function check(stage, command, args, env) {
  console.log(`\n── ${stage}`);
  const status = run(command, args, { env, allowFailure: true });
  record(stage, status === 0 ? 1 : 0, status === 0 ? 0 : 1);
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

function vitest(stage, config, report, env) {
  console.log(`\n── ${stage}`);
  rmSync(report, { force: true });
  const status = run("npx", ["vitest", "run", "--config", config, "--reporter=default", "--reporter=json", `--outputFile=${report}`], { env, allowFailure: true });
  const json = readJson(report);
  const passed = json?.numPassedTests ?? 0;
  // A crash before any test ran still counts as a failure.
  const failed = (json?.numFailedTests ?? 0) + (status !== 0 && !(json?.numFailedTests > 0) ? 1 : 0);
  record(stage, passed, failed);
}

/**
 * Playwright's arguments. A run that names spec files or folders runs those only:
 * without --no-deps Playwright would first run the whole project the timed specs
 * depend on (playwright.config.ts), since file filters do not apply to dependencies.
 */
function playwrightArgs(args) {
  const namesFiles = args.some((arg) => !arg.startsWith("-") && existsSync(path.resolve(ROOT, arg)));
  return namesFiles && !args.includes("--no-deps") ? ["--no-deps", ...args] : args;
}

async function e2e() {
  console.log("\n── e2e (Playwright)");
  const report = path.join(OUT, "e2e.json");
  rmSync(report, { force: true });
  let database;
  try {
    ensureChromium();
    database = await createE2eDatabase();
    console.log(`Browser tests use the ${database.label}.`);
    // The suite runs on the demo (seeded with --demo below), shown as of its day.
    const env = { ...database.env, AUTH_SECRET: TEST_AUTH_SECRET, WORKSPACE_DATE: demoWorkspaceDate() };
    run("npx", ["tsx", "scripts/db-migrate.ts"], { env });
    // The operator's one-time step on a configured database (the embedded one gets its
    // role from db:migrate): the server below connects as that restricted role.
    if (env.MIGRATION_DATABASE_URL) run("npx", ["tsx", "scripts/db-roles.ts"], { env });
    run("npx", ["tsx", "scripts/db-seed.ts", "--demo"], { env });
    buildIfStale();
    const status = run("npx", ["playwright", "test", ...playwrightArgs(process.argv.slice(2))], {
      env: { ...env, E2E_REPORT: report },
      allowFailure: true,
    });
    const stats = readJson(report)?.stats;
    const passed = (stats?.expected ?? 0) + (stats?.flaky ?? 0);
    const failed = (stats?.unexpected ?? 0) + (status !== 0 && !(stats?.unexpected > 0) ? 1 : 0);
    record("e2e", passed, failed);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    record("e2e", 0, 1);
  } finally {
    await database?.drop().catch((error) => console.error("Could not drop the e2e database:", error.message));
  }
}

async function main() {
  ensureDependencies();
  mkdirSync(OUT, { recursive: true });
  const only = process.env.TEST_ONLY?.split(",");
  const wants = (stage) => !only || only.includes(stage);
  if (wants("typecheck")) check("typecheck", "npx", ["tsc", "--noEmit"]);
  if (wants("lint")) check("lint", "npx", ["eslint", "--max-warnings=0", "."]);
  if (wants("unit")) vitest("unit", "vitest.unit.config.mts", path.join(OUT, "unit.json"));
  if (wants("integration")) vitest("integration", "vitest.integration.config.mts", path.join(OUT, "integration.json"));
  if (wants("e2e")) await e2e();
  if (failures.length > 0) console.log(`Failed stages: ${failures.join(", ")}`);
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
  process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  console.log(`${totals.passed} passed, ${totals.failed + 1} failed`);
  process.exit(1);
});

