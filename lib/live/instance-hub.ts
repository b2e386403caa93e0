import "server-only";
// This process's live hub: created on the first open stream, one per app instance
// (kept on globalThis so development reloads do not open a second LISTEN).
import { db, embeddedDatabase } from "@/lib/db";
import { env } from "@/lib/env";
import { createLiveHub, type TLiveHub } from "./hub";
import { liveEventFromRow, type TLiveEvent } from "./event";
import { listenOnPGlite, listenOnPostgres } from "./listen-sources";
import { createHeartbeat, type THeartbeat } from "./heartbeat";
import { findViewersBySessions } from "@/lib/auth/sessions";

const globalForLive = globalThis as unknown as { liveHub?: TLiveHub; liveHeartbeat?: THeartbeat };

// How many events a reconnecting or newly opened page is sent before it is told to
// refetch instead; and how many the hub reads back after its LISTEN was lost.
const REPLAY_LIMIT = 500;
const CATCH_UP_LIMIT = 5000;

function toEvents(rows: Parameters<typeof liveEventFromRow>[0][]): TLiveEvent[] {
  return rows.map(liveEventFromRow).filter((event): event is TLiveEvent => event !== null);
}

/**
 * Events committed at or after `since`, at most `limit`: `complete` is false when
 * there were more (the caller then has a page refetch, or logs the gap).
 */
export async function liveEventsSince(since: Date, limit = REPLAY_LIMIT): Promise<{ events: TLiveEvent[]; complete: boolean }> {
  const rows = await db.liveEvent.findMany({ where: { createdAt: { gte: since } }, orderBy: { id: "asc" }, take: limit + 1 });
  return { events: toEvents(rows.slice(0, limit)), complete: rows.length <= limit };
}

/**
 * Events after a stream's Last-Event-ID, for a stream that reconnects. `complete` is
 * false when some may be missing (pruned, or more than a page can usefully replay):
 * the page then refetches itself instead.
 */
export async function liveEventsAfter(lastEventId: bigint): Promise<{ events: TLiveEvent[]; complete: boolean }> {
  const [rows, oldest] = await Promise.all([
    db.liveEvent.findMany({ where: { id: { gt: lastEventId } }, orderBy: { id: "asc" }, take: REPLAY_LIMIT + 1 }),
    db.liveEvent.findFirst({ orderBy: { id: "asc" }, select: { id: true } }),
  ]);
  const pruned = oldest !== null && oldest.id > lastEventId + BigInt(1);
  return { events: toEvents(rows.slice(0, REPLAY_LIMIT)), complete: !pruned && rows.length <= REPLAY_LIMIT };
}

export function liveHub(): TLiveHub {
  if (globalForLive.liveHub) return globalForLive.liveHub;
  const { DATABASE_URL, LISTEN_DATABASE_URL } = env();
  const pglite = DATABASE_URL ? null : embeddedDatabase();
  const listen = pglite ? listenOnPGlite(pglite) : listenOnPostgres(LISTEN_DATABASE_URL ?? DATABASE_URL!);
  globalForLive.liveHub = createLiveHub({ listen, fetchSince: (since) => liveEventsSince(since, CATCH_UP_LIMIT) });
  return globalForLive.liveHub;
}

export function liveHeartbeat(): THeartbeat {
  globalForLive.liveHeartbeat ??= createHeartbeat({ intervalMs: env().LIVE_HEARTBEAT_SECONDS * 1000, checkSessions: findViewersBySessions });
  return globalForLive.liveHeartbeat;
}
