// Child processes of a benchmark run (the app under `next start`, the floor server),
// each in its own process group so that stopping it also stops what it spawned, and
// a registry of cleanups that runs on success, failure and Ctrl-C alike.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { BASE_ENV, ROOT } from "../lib/setup.mjs";

const cleanups: { label: string; run: () => Promise<void> | void }[] = [];

/** Registers a cleanup; they run last-registered first. */
export function onCleanup(label: string, run: () => Promise<void> | void) {
  cleanups.push({ label, run });
}

export async function runCleanups() {
  while (cleanups.length) {
    const { label, run } = cleanups.pop()!;
    try {
      await run();
    } catch (error) {
      console.error(`cleanup (${label}) failed:`, error instanceof Error ? error.message : error);
    }
  }
}

export type TServer = { url: string; child: ChildProcess; stop(): Promise<void> };

function startProcess(label: string, command: string, args: string[], env: Record<string, string>, url: string): TServer {
  const child = spawn(command, args, {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...BASE_ENV, ...env },
  });
  const tail: string[] = [];
  const keep = (data: Buffer) => {
    tail.push(data.toString());
    if (tail.length > 50) tail.shift();
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", (data: Buffer) => {
    keep(data);
    if (process.env.BENCH_VERBOSE) process.stderr.write(`[${label}] ${data}`);
  });
  let exited = false;
  child.on("exit", () => (exited = true));
  const stop = async () => {
    if (exited || child.pid === undefined) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    }, 5000);
    await once(child, "exit").catch(() => {});
    clearTimeout(timer);
  };
  onCleanup(label, stop);
  Object.defineProperty(child, "benchTail", { value: () => tail.join("") });
  return { url, child, stop };
}

/** Waits until `url` answers (any status below 500), or fails with the server's last output. */
export async function waitUntilServing(server: TServer, url: string, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) break;
    try {
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5000) });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  const tail = (server.child as unknown as { benchTail?: () => string }).benchTail?.() ?? "";
  throw new Error(`${url} did not come up within ${timeoutMs / 1000} s. Last output:\n${tail}`);
}

/** The production build served as `npm start` serves it (scripts/serve.mjs), on the given database URL. */
export async function startApp(port: number, databaseUrl: string, authSecret: string): Promise<TServer> {
  const server = startProcess("app", process.execPath, [path.join(ROOT, "scripts", "serve.mjs"), "--port", String(port), "--hostname", "127.0.0.1"], {
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: authSecret,
    DISABLE_HSTS: "1",
  }, `http://127.0.0.1:${port}`);
  await waitUntilServing(server, `${server.url}/sign-in`);
  return server;
}

/** The bare floor server (scripts/bench/floor-server.ts) in its own process, like the app. */
export async function startFloor(port: number, databaseUrl: string, authSecret: string): Promise<TServer> {
  const tsx = path.join(ROOT, "node_modules", ".bin", "tsx");
  const server = startProcess("floor", tsx, [path.join(ROOT, "scripts", "bench", "floor-server.ts")], {
    NODE_ENV: "production",
    FLOOR_PORT: String(port),
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: authSecret,
  }, `http://127.0.0.1:${port}`);
  await waitUntilServing(server, `${server.url}/health`);
  return server;
}
