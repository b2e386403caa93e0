// HTTP load with autocannon: closed-loop runs at a number of connections (each
// connection sends its next request when the previous answer is in), and an
// open-loop-ish run at a fixed arrival rate (autocannon's overallRate, spread over
// enough connections that a slow answer does not hold back the next arrival).
// Latency percentiles are computed here from every response (autocannon reports no
// p95); throughput is answered requests per second of the run.
import autocannon from "autocannon";

export type TLoadResult = {
  connections: number;
  rate: number | null;
  seconds: number;
  /** Answered requests. */
  requests: number;
  /** Requests still unanswered when the run ended (not in the percentiles). */
  unfinished: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  non2xx: number;
  /** Answers by status code, when any was not 2xx (e.g. 503 from the database probe). */
  statusCodes: Record<string, number>;
  /** Connection errors and timeouts (no answer within 30 s). */
  errors: number;
  /** CPU milliseconds per answered request of the server under test, all its processes (scripts/bench/cpu-time.ts). */
  cpuMs?: number;
};

/** Headers of a signed-in browser: its cookie, and gzip as every browser accepts it. */
export function browserHeaders(cookie: string): Record<string, string> {
  return { cookie, "accept-encoding": "gzip, deflate", accept: "text/html,application/xhtml+xml" };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function load(url: string, headers: Record<string, string>, options: { connections: number; seconds: number; rate?: number }): Promise<TLoadResult> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        headers,
        connections: options.connections,
        duration: options.seconds,
        timeout: 30,
        ...(options.rate ? { overallRate: options.rate } : {}),
      },
      (error, res) => (error ? reject(error) : resolve(res)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  const seconds = result.duration || options.seconds;
  return {
    connections: options.connections,
    rate: options.rate ?? null,
    seconds,
    requests: latencies.length,
    unfinished: Math.max(0, (result.requests.sent ?? latencies.length) - latencies.length),
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? NaN,
    non2xx: result.non2xx,
    statusCodes: result.non2xx
      ? Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat.count ?? 0]))
      : {},
    errors: result.errors,
  };
}
