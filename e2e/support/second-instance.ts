// A second app instance for browser tests: the same build and database as the one
// Playwright started, served by scripts/serve.mjs on another address, with its own
// settings (TRUSTED_PROXIES). Two instances only share what lives in PostgreSQL,
// which is the point of starting one.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";

export type TInstance = { baseURL: string; stop: () => Promise<void> };

export async function startInstance(options: { hostname: string; port: number; env?: Record<string, string> }): Promise<TInstance> {
  if (!process.env.DATABASE_URL) {
    throw new Error("This spec needs PostgreSQL (DATABASE_URL): two app instances cannot share an embedded database.");
  }
  const host = options.hostname.includes(":") ? `[${options.hostname}]` : options.hostname;
  const baseURL = `http://${host}:${options.port}`;
  const child: ChildProcess = spawn("node", ["scripts/serve.mjs", "--port", String(options.port), "--hostname", options.hostname], {
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...options.env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`second instance exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${baseURL}/sign-in`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`second instance on ${baseURL} did not start`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseURL,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** A port nobody listens on now, from the kernel, for an extra server of a test. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
