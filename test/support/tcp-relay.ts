// A TCP relay between the app and PostgreSQL that a test can cut and restore, to
// stop and start "the database" as the app sees it without touching the real server
// that other tests use. The benchmark also listens to what the client sends
// (scripts/bench/round-trips.ts), to count the app's database round trips.
import net from "node:net";

export type TcpRelay = { port: number; stop(): Promise<void>; start(): Promise<void> };

export type TcpRelayOptions = {
  /** Called once per client connection; returns a listener for the bytes the client sends. */
  onClientConnection?: () => (chunk: Buffer) => void;
};

export async function createTcpRelay(targetHost: string, targetPort: number, options: TcpRelayOptions = {}): Promise<TcpRelay> {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  let port = 0;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = net.createServer((client) => {
        const upstream = net.connect(targetPort, targetHost);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on("close", () => sockets.delete(s));
          s.on("error", () => s.destroy());
        }
        const listener = options.onClientConnection?.();
        if (listener) client.on("data", listener);
        client.pipe(upstream).pipe(client);
      });
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });

  await listen();
  return {
    get port() {
      return port;
    },
    async stop() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server?.close(() => resolve()));
    },
    start: listen,
  };
}
