// A PostgreSQL server of the test's own, in a temporary directory on a free port, that
// the test may stop, start and restart — what the shared server others run against
// must never be put through. Built from the PostgreSQL binaries on the machine
// (Debian's /usr/lib/postgresql/<version>/bin, or initdb on PATH). PostgreSQL refuses
// to run as root, so under root (CI) the server runs as the `postgres` user.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export type TPrivatePostgres = {
  url: string;
  stop(): void;
  start(): void;
  restart(): void;
  /** Stops the server and removes its files. */
  destroy(): void;
};

function binDir(): string {
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) {
    const versions = readdirSync(debian).sort((a, b) => Number(b) - Number(a));
    for (const version of versions) if (existsSync(path.join(debian, version, "bin", "initdb"))) return path.join(debian, version, "bin");
  }
  try {
    return path.dirname(execFileSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" }).trim());
  } catch {
    throw new Error("This test starts a PostgreSQL server of its own and needs PostgreSQL's initdb and pg_ctl (Debian: the postgresql package).");
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startPrivatePostgres(): Promise<TPrivatePostgres> {
  const bin = binDir();
  const asRoot = process.getuid?.() === 0;
  const run = (tool: string, args: string[]) => {
    const command = asRoot ? ["runuser", "-u", "postgres", "--", path.join(bin, tool), ...args] : [path.join(bin, tool), ...args];
    execFileSync(command[0]!, command.slice(1), { stdio: "pipe", cwd: tmpdir() });
  };
  const dir = mkdtempSync(path.join(tmpdir(), "private-pg-"));
  if (asRoot) {
    chmodSync(dir, 0o777);
    execFileSync("chown", ["postgres", dir]);
  }
  const data = path.join(dir, "data");
  const port = await freePort();
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"]);
  // Loopback only, its socket in its own directory, quick to stop.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const pgCtl = (...args: string[]) => run("pg_ctl", ["-D", data, "-w", "-t", "30", "-l", path.join(dir, "log"), ...args]);
  pgCtl("-o", options, "start");
  let running = true;
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      pgCtl("-m", "fast", "stop");
      running = false;
    },
    start() {
      pgCtl("-o", options, "start");
      running = true;
    },
    restart() {
      pgCtl("-m", "fast", "-o", options, "restart");
      running = true;
    },
    destroy() {
      try {
        if (running) pgCtl("-m", "immediate", "stop");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
