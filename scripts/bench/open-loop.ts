// An open-loop run: page views arrive at a fixed average rate whatever the server is
// doing, as in a room of delegates who each open a page now and then, independently.
// Arrival times are a Poisson process (exponential gaps, from a fixed seed, so two runs
// send the same sequence); each view's latency counts from when it was due to arrive,
// so a server that falls behind is charged for the wait (no coordinated omission).
//
// Why not autocannon's overallRate: it gives each connection a budget of requests per
// second, refilled by timers that all start together, so the views arrive as one burst
// every second (20 at once for 20/s) and the percentiles measure the burst's queue.
import http from "node:http";
import type { TLoadResult } from "./load";

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Arrival offsets in ms over `seconds`, at `rate` per second on average (Poisson, seeded). */
export function poissonArrivals(rate: number, seconds: number, seed = 20131003): number[] {
  let state = seed >>> 0;
  const uniform = () => {
    // xorshift32: small, deterministic, good enough for spacing requests.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return ((state >>> 0) + 1) / 4294967297;
  };
  const arrivals: number[] = [];
  for (let t = -Math.log(uniform()) * (1000 / rate); t < seconds * 1000; t += -Math.log(uniform()) * (1000 / rate)) arrivals.push(t);
  return arrivals;
}

/** Drains a response and resolves with its status code (0 on a connection error or timeout). */
function get(url: URL, headers: Record<string, string>, agent: http.Agent, timeoutMs: number): Promise<number> {
  return new Promise((resolve) => {
    const request = http.get(url, { headers, agent, timeout: timeoutMs }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
      response.on("error", () => resolve(0));
    });
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve(0));
  });
}

export async function openLoop(url: string, headers: Record<string, string>, options: { rate: number; seconds: number }): Promise<TLoadResult> {
  const target = new URL(url);
  // Keep-alive sockets, as browsers behind one proxy would reuse; no cap, so a slow
  // answer never delays the next arrival.
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const timeoutMs = 30_000;
  const arrivals = poissonArrivals(options.rate, options.seconds);
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  let errors = 0;
  const started = performance.now();
  const views = arrivals.map(
    (due) =>
      new Promise<void>((resolve) => {
        setTimeout(async () => {
          const status = await get(target, headers, agent, timeoutMs);
          if (status === 0) errors++;
          else {
            latencies.push(performance.now() - started - due);
            statusCodes[status] = (statusCodes[status] ?? 0) + 1;
          }
          resolve();
        }, Math.max(0, due - (performance.now() - started)));
      }),
  );
  await Promise.all(views);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const non2xx = Object.entries(statusCodes).reduce((n, [code, count]) => (code.startsWith("2") ? n : n + count), 0);
  return {
    // Sockets the run needed at its busiest are not tracked; 0 marks "open loop".
    connections: 0,
    rate: options.rate,
    seconds: options.seconds,
    requests: latencies.length,
    unfinished: 0,
    rps: latencies.length / options.seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? NaN,
    non2xx,
    statusCodes: non2xx ? statusCodes : {},
    errors,
  };
}
