// A small load balancer for browser tests, standing in for Caddy or nginx in front of
// several app instances (deploy/compose.yaml): least connections, so a held event
// stream weighs on its instance as it does behind a real one; it appends the peer's
// address to X-Forwarded-For (nginx's $proxy_add_x_forwarded_for) and passes
// responses through unbuffered, as a proxy must for Server-Sent Events. It records
// which instance answered what, so a test can show that an event crossed instances.
import http from "node:http";
import type net from "node:net";

export type TBalancer = {
  baseURL: string;
  /** Requests as served: method, path and the index of the instance. */
  served: { method: string; path: string; upstream: number }[];
  /**
   * Sends every request of `method` to one instance (null: least connections again).
   * Least connections alone ties whenever both instances are idle but for a held
   * stream and another request in flight, and a tie may go either way.
   */
  pin(method: string, upstream: number | null): void;
  stop(): Promise<void>;
};

/**
 * `clientAddress`: the address the balancer reports for every browser, as if they
 * connected from afar (all test browsers are 127.0.0.1), so a test can tell it apart.
 */
export async function startBalancer(upstreams: string[], options: { clientAddress?: string } = {}): Promise<TBalancer> {
  const active = upstreams.map(() => 0);
  const served: TBalancer["served"] = [];
  let turn = 0;
  const pinned = new Map<string, number>();
  const pick = (method: string) => {
    const fixed = pinned.get(method);
    if (fixed !== undefined) return fixed;
    const least = Math.min(...active);
    const candidates = active.flatMap((n, i) => (n === least ? [i] : []));
    return candidates[turn++ % candidates.length]!;
  };
  const sockets = new Set<net.Socket>();
  const server = http.createServer((request, response) => {
    const index = pick(request.method ?? "GET");
    const target = new URL(request.url ?? "/", upstreams[index]);
    served.push({ method: request.method ?? "GET", path: target.pathname, upstream: index });
    active[index]!++;
    let done = false;
    const release = () => {
      if (!done) {
        done = true;
        active[index]!--;
      }
    };
    const forwarded = request.headers["x-forwarded-for"];
    const peer = options.clientAddress ?? request.socket.remoteAddress ?? "unknown";
    const upstream = http.request(
      target,
      // The Host header is passed on as the browser sent it, as Caddy and nginx
      // (proxy_set_header Host $host) do: Next checks server actions' Origin against it.
      { method: request.method, headers: { ...request.headers, "x-forwarded-for": forwarded ? `${String(forwarded)}, ${peer}` : peer } },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
        answer.on("end", release);
      },
    );
    upstream.on("error", () => {
      release();
      if (!response.headersSent) response.writeHead(502).end();
      else response.destroy();
    });
    response.on("close", () => {
      release();
      upstream.destroy();
    });
    request.pipe(upstream);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}`,
    served,
    pin: (method, upstream) => (upstream === null ? pinned.delete(method) : pinned.set(method, upstream)),
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
