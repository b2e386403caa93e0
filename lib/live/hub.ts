// One LISTEN per app instance, fanned out to this instance's open streams.
//
// Every instance (each cluster worker of scripts/serve.mjs, each machine) holds one
// connection that LISTENs on the live_events channel; PostgreSQL delivers every
// committed event to each of them in commit order, so instances share nothing but
// the database. When the connection is lost (a database restart, a terminated
// backend, a network cut) the hub reconnects with growing waits and then reads from
// the LiveEvent table what was committed meanwhile, so an open page misses nothing.
// Events it has already passed on are remembered for a few minutes, by id, so that
// catch-up never sends one twice.
import { parseLiveEvent, type TLiveEvent } from "./event";

/** A live connection delivering payloads until it is lost or closed. */
export type TListenConnection = { close(): Promise<void> };

export type TListenSource = (handlers: { onPayload(payload: string): void; onLost(error: unknown): void }) => Promise<TListenConnection>;

/** Events committed at or after `since` (the hub dedupes what it already sent); `complete` is false when capped. */
export type TFetchSince = (since: Date) => Promise<{ events: TLiveEvent[]; complete: boolean }>;

export type TLiveHub = {
  subscribe(listener: (event: TLiveEvent) => void): () => void;
  /** Resolves once the LISTEN is in place (or rejects after the first failure, still retrying). */
  ready(): Promise<void>;
  /** How many times the LISTEN connection was (re)established; for tests and logs. */
  connections(): number;
  close(): Promise<void>;
};

const REMEMBER_MS = 5 * 60_000;
// A transaction that started before the connection was lost may commit after it:
// its events carry its start time, so catch-up looks this far further back.
const CATCH_UP_LOOKBACK_MS = 60_000;
const BACKOFF_MS = [250, 500, 1000, 2000, 4000, 8000];

export function createLiveHub(options: { listen: TListenSource; fetchSince: TFetchSince; log?: (message: string) => void }): TLiveHub {
  const listeners = new Set<(event: TLiveEvent) => void>();
  const delivered = new Map<string, number>(); // event id → when passed on
  const log = options.log ?? ((message: string) => console.error(message));
  let connection: TListenConnection | null = null;
  let connecting: Promise<void> | null = null;
  let connectionCount = 0;
  let lostAt: number | null = null;
  let attempt = 0;
  let closed = false;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;

  function deliver(event: TLiveEvent) {
    if (delivered.has(event.id)) return;
    const now = Date.now();
    delivered.set(event.id, now);
    if (delivered.size > 1000) {
      for (const [id, at] of delivered) if (now - at > REMEMBER_MS) delivered.delete(id);
    }
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        log(`live: a stream failed on event ${event.id}: ${String(error)}`);
      }
    }
  }

  async function connect(): Promise<void> {
    let lostThisOne = false;
    const conn = await options.listen({
      onPayload(payload) {
        const event = parseLiveEvent(payload);
        if (event) deliver(event);
        else log("live: ignored a malformed live_events payload");
      },
      onLost(error) {
        if (lostThisOne || closed) return;
        lostThisOne = true;
        connection = null;
        lostAt ??= Date.now();
        log(`live: LISTEN connection lost (${error instanceof Error ? error.message : String(error)}); reconnecting`);
        scheduleReconnect();
      },
    });
    if (closed) {
      await conn.close();
      return;
    }
    connection = conn;
    connectionCount++;
    attempt = 0;
    if (lostAt !== null) {
      const since = new Date(lostAt - CATCH_UP_LOOKBACK_MS);
      lostAt = null;
      const caughtUp = await options.fetchSince(since);
      for (const event of caughtUp.events) deliver(event);
      // Open pages then miss the rest until their next event, reload or focus.
      if (!caughtUp.complete) log("live: more events were committed during the cut than catch-up reads; some pages may be behind");
    }
  }

  function scheduleReconnect() {
    if (closed || retryTimer) return;
    const wait = BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)]!;
    attempt++;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      connecting = connect().catch((error: unknown) => {
        lostAt ??= Date.now();
        log(`live: reconnecting failed (${error instanceof Error ? error.message : String(error)})`);
        scheduleReconnect();
      });
    }, wait);
    retryTimer.unref?.();
  }

  function start(): Promise<void> {
    connecting ??= connect().catch((error: unknown) => {
      lostAt ??= Date.now();
      scheduleReconnect();
      throw error;
    });
    return connecting;
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      void start().catch(() => undefined);
      return () => listeners.delete(listener);
    },
    ready: () => start(),
    connections: () => connectionCount,
    async close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      listeners.clear();
      await connection?.close().catch(() => undefined);
      connection = null;
    },
  };
}
