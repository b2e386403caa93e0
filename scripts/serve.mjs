// Serves the built app, like `next start`, with one difference that matters for
// security: every request's X-Forwarded-For gets the address of the TCP peer appended.
//
// Why a server of our own: `next start` fills in X-Forwarded-For from the socket only
// when the request has none (`??=` in next/dist/server/base-server.js), so a client
// that sends the header itself hides its real address, and Next offers no other way
// to read the socket address from a route handler or server action. Appending keeps
// the header's ordinary meaning (each hop adds the address it received from), so the
// right-most entry is always the socket peer, and lib/auth/client-address.ts walks
// leftwards past the proxies named in TRUSTED_PROXIES.
//
// On a PostgreSQL server it also uses every core: Node renders on one thread, so one
// process leaves the other cores idle while requests queue. The primary process forks
// WEB_CONCURRENCY workers (default: the number of cores) that share the port (the
// node:cluster module hands connections out in turn). Workers are app instances like
// any other: nothing lives in process memory that two instances could disagree on
// (sessions, throttling, events are in PostgreSQL). The embedded database (no
// DATABASE_URL) lives inside one process, so it always gets exactly one.
//
// Usage: node scripts/serve.mjs [--port 3000] [--hostname 0.0.0.0]
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import next from "next";

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

const port = Number(option("port", process.env.PORT ?? "3000"));
const hostname = option("hostname", process.env.HOSTNAME ?? "0.0.0.0");

function workerCount() {
  if (!process.env.DATABASE_URL) return 1;
  const configured = process.env.WEB_CONCURRENCY;
  if (configured === undefined || configured === "") return os.availableParallelism();
  const count = Number(configured);
  if (!Number.isInteger(count) || count < 1 || count > 64) {
    console.error(`WEB_CONCURRENCY must be a whole number from 1 to 64, got "${configured}".`);
    process.exit(1);
  }
  return count;
}

if (cluster.isPrimary && workerCount() > 1) {
  await runPrimary(workerCount());
} else {
  await runServer();
}

async function runPrimary(count) {
  let stopping = false;
  const fork = () => cluster.fork();
  for (let i = 0; i < count; i++) fork();
  let listening = 0;
  cluster.on("listening", () => {
    if (++listening === count) console.log(`Ready on http://${hostname}:${port} (${count} workers)`);
  });
  // A worker that dies (a crash, out of memory) is replaced; a worker that cannot even
  // start (say, a port in use) would die again at once, so give up after a few.
  let quickDeaths = 0;
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`Worker ${worker.process.pid} exited (${signal ?? code}); starting another.`);
    if (++quickDeaths > count * 3) {
      console.error("Workers keep exiting; stopping.");
      process.exit(1);
    }
    setTimeout(() => (quickDeaths = Math.max(0, quickDeaths - 1)), 60_000).unref();
    fork();
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
      setTimeout(() => process.exit(0), 5000).unref();
    });
  }
}

async function runServer() {
  // Tells lib/auth/client-address.ts that the right-most X-Forwarded-For entry was
  // written by this server (under plain `next start` it may be the client's own).
  process.env.CLIENT_ADDRESS_APPENDED = "1";

  const app = next({ dev: false, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const server = http
    .createServer((request, response) => {
      const peer = request.socket.remoteAddress ?? "unknown";
      // Node joins repeated X-Forwarded-For headers with ", ", so one string arrives here.
      const forwarded = request.headers["x-forwarded-for"];
      request.headers["x-forwarded-for"] = forwarded ? `${forwarded}, ${peer}` : peer;
      handle(request, response);
    })
    .listen(port, hostname, () => {
      if (cluster.isPrimary) console.log(`Ready on http://${hostname}:${port}`);
    });
  // Keep idle connections longer than the clients in front of us do (a load balancer's
  // idle timeout is typically 60 s): with Node's default of 5 s the server may close a
  // connection at the moment a client reuses it, and that request fails with
  // ECONNRESET — a POST is not retried. headersTimeout must exceed keepAliveTimeout.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  // Stop on SIGINT/SIGTERM through process.exit, so exit hooks run (node --cpu-prof
  // writes its profile there, which profiling the benchmark's servers relies on).
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      server.close();
      server.closeAllConnections();
      process.exit(0);
    });
  }
}
