// Shared steps of `npm start` and `npm test`. Plain JavaScript on purpose: these run
// before dependencies are installed, so they can only use Node itself.
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");

export const BASE_ENV = {
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};

/**
 * The day the demo's story is told as of (lib/seed/demo-story/story-date.json, which
 * the seed reads too): the WORKSPACE_DATE of the embedded demo and of the e2e run.
 */
export function demoWorkspaceDate() {
  return JSON.parse(readFileSync(path.join(ROOT, "lib", "seed", "demo-story", "story-date.json"), "utf8")).workspaceDate;
}

/** Runs a command in the project root, streaming its output; throws on failure. */
export function run(command, args, { env = {}, allowFailure = false } = {}) {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, ...BASE_ENV, ...env },
  });
  if (result.status !== 0 && !allowFailure) {
    throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
  }
  return result.status ?? 1;
}

/** npm ci when node_modules is missing or older than the lockfile. */
export function ensureDependencies() {
  const installed = path.join(ROOT, "node_modules", ".package-lock.json");
  const lock = path.join(ROOT, "package-lock.json");
  if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
    console.log("Installing dependencies (npm ci)…");
    run("npm", ["ci", "--no-audit", "--no-fund"]);
  }
  if (!existsSync(path.join(ROOT, "lib", "generated", "prisma", "client.ts"))) {
    run("node", ["scripts/prisma-generate.mjs"]);
  }
}

/**
 * A stable AUTH_SECRET for a machine that has none configured: generated once and
 * kept beside the embedded database, so sessions survive restarts.
 */
export function ensureAuthSecret() {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const dir = path.join(ROOT, ".data");
  const file = path.join(dir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

const BUILD_INPUTS = ["app", "components", "lib", "public", "proxy.ts", "next.config.js", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
const SKIP = new Set(["generated", "node_modules"]);

function hashTree(hash, target) {
  if (!existsSync(target)) return;
  const info = statSync(target);
  if (info.isDirectory()) {
    for (const entry of readdirSync(target).sort()) {
      if (!SKIP.has(entry) && !entry.endsWith(".test.ts")) hashTree(hash, path.join(target, entry));
    }
  } else {
    hash.update(path.relative(ROOT, target));
    hash.update(readFileSync(target));
  }
}

/** `next build` unless the last build was made from exactly these sources. */
export function buildIfStale() {
  const hash = createHash("sha256");
  for (const input of BUILD_INPUTS) hashTree(hash, path.join(ROOT, input));
  const digest = hash.digest("hex");
  const distDir = path.join(ROOT, process.env.NEXT_DIST_DIR || ".next");
  const stamp = path.join(distDir, "source-hash");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === digest && existsSync(path.join(distDir, "BUILD_ID"))) {
    console.log("Build is up to date.");
    return;
  }
  console.log("Building the app (next build)…");
  run("npx", ["next", "build"]);
  writeFileSync(stamp, digest);
}
