// Counts database round trips by listening to what a client sends to PostgreSQL,
// through a TCP relay in front of the real server. A round trip is one message that
// makes the server answer and wait for the next command: a Sync ('S', which ends
// every extended-protocol query, as node-postgres and Prisma's adapter send them) or
// a simple Query ('Q'). Counting on the wire needs nothing from the app: it keeps
// working whatever the app's data layer becomes.
import { createTcpRelay, type TcpRelay } from "../../test/support/tcp-relay";

export type TCountingRelay = { relay: TcpRelay; url: string; count(): number; stop(): Promise<void> };

/** A parser of the frontend side of one connection: startup, then typed messages. */
export function messageCounter(onRoundTrip: () => void) {
  let started = false;
  let buffer: Buffer = Buffer.alloc(0);
  return (chunk: Buffer) => {
    buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
    for (;;) {
      if (!started) {
        // Startup, SSLRequest, GSSENCRequest and CancelRequest have no type byte.
        if (buffer.length < 8) return;
        const length = buffer.readInt32BE(0);
        if (buffer.length < length) return;
        const code = buffer.readInt32BE(4);
        // SSL/GSS negotiation is followed by the real startup message.
        if (code !== 80877103 && code !== 80877104) started = true;
        buffer = buffer.subarray(length);
        continue;
      }
      if (buffer.length < 5) return;
      const length = buffer.readInt32BE(1);
      if (buffer.length < 1 + length) return;
      const type = String.fromCharCode(buffer[0]!);
      if (type === "S" || type === "Q") onRoundTrip();
      buffer = buffer.subarray(1 + length);
    }
  };
}

/** A relay to the server of `databaseUrl`, and that URL rewritten to go through it. */
export async function createCountingRelay(databaseUrl: string): Promise<TCountingRelay> {
  const target = new URL(databaseUrl);
  let count = 0;
  const relay = await createTcpRelay(target.hostname, Number(target.port || 5432), {
    onClientConnection: () => messageCounter(() => count++),
  });
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String(relay.port);
  return { relay, url: url.toString(), count: () => count, stop: () => relay.stop() };
}
