import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { connectPostgres } from "@/lib/db/sql-client";
import { applyMigrations } from "@/lib/db/migrate";
import { createLiveHub, type TLiveHub } from "@/lib/live/hub";
import { listenOnPostgres } from "@/lib/live/listen-sources";
import { liveEventFromRow, type TLiveEvent } from "@/lib/live/event";
import { openLiveStream } from "@/lib/live/stream";
import type { Viewer } from "@/lib/auth/viewer";
import { startPrivatePostgres, type TPrivatePostgres } from "../support/private-postgres";
import { streamReader } from "../support/live-stream-reader";

// Issue 11: an instance's LISTEN survives a real database restart. The server here is
// the test's own (test/support/private-postgres.ts), migrated like production, so it
// can be restarted and stopped, which the shared server cannot; the hub and its
// PostgreSQL listener are the production ones. What is committed while the listener is
// away reaches the hub once, read back from the LiveEvent table the migration creates,
// and an event stream open all along (a browser tab's) gets it without being cut.

let server: TPrivatePostgres;
let hub: TLiveHub;
const seen: TLiveEvent[] = [];
const log: string[] = [];

// A note for all participants, written by a government delegation.
async function publish(subjectId: string): Promise<void> {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    await client.query(`SELECT live_publish('note.created', $1, 'theme-1', NULL, 'ALL'::"Scope", 'GOVERNMENT'::"ConstituentGroup", 'delegation-1', NULL, NULL)`, [subjectId]);
  } finally {
    await client.end();
  }
}

async function fetchSince(since: Date) {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT * FROM "LiveEvent" WHERE "createdAt" >= $1 ORDER BY "id"`, [since]);
    return { events: rows.map(liveEventFromRow).filter((e): e is TLiveEvent => e !== null), complete: true };
  } finally {
    await client.end();
  }
}

async function heard(subjectId: string, withinMs = 20_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!seen.some((e) => e.subjectId === subjectId)) {
    if (Date.now() > deadline) throw new Error(`no event for ${subjectId} within ${withinMs} ms; hub log:\n${log.join("\n")}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const timesHeard = (subjectId: string) => seen.filter((e) => e.subjectId === subjectId).length;

// An employer reading the theme: a note for all participants is for her too.
const reader: Viewer = {
  userId: "user-1",
  sessionId: "session-1",
  email: "reader@example.org",
  name: "Reader",
  role: "DELEGATE",
  locale: "en",
  delegation: { id: "delegation-2", name: "Employers", group: "EMPLOYERS" },
};
let tab: ReturnType<typeof streamReader>;

beforeAll(async () => {
  server = await startPrivatePostgres();
  const client = await connectPostgres(server.url);
  try {
    await applyMigrations(client);
  } finally {
    await client.close();
  }
  hub = createLiveHub({ listen: listenOnPostgres(server.url), fetchSince, log: (message) => log.push(message) });
  hub.subscribe((event) => seen.push(event));
  await hub.ready();
  tab = streamReader(
    openLiveStream({
      viewer: reader,
      hub,
      lastEventId: null,
      // Sessions are not what is tested here (live-events.test.ts closes a stream on a
      // revoked one): this heartbeat never beats.
      heartbeat: { join: () => () => undefined },
      replayAfter: () => Promise.resolve({ events: [], complete: true }),
    }),
  );
  await tab.until("event: ready");
}, 120_000);

afterAll(async () => {
  await tab?.cancel();
  await hub?.close();
  server?.destroy();
});

describe("[live] the database restarts under the listener", () => {
  it("a restart: the hub reconnects and what was committed before it listens again arrives, once", async () => {
    await publish("before-restart");
    await heard("before-restart");
    const before = hub.connections();

    server.restart();
    // Committed at once, while the hub is still waiting to reconnect.
    await publish("during-reconnect");
    await heard("during-reconnect");
    expect(hub.connections()).toBe(before + 1);
    expect(log.some((line) => line.includes("LISTEN connection lost"))).toBe(true);

    await publish("after-restart");
    await heard("after-restart");
    expect([timesHeard("before-restart"), timesHeard("during-reconnect"), timesHeard("after-restart")]).toEqual([1, 1, 1]);
    await tab.until('"subjectId":"after-restart"');
    expect(tab.ended()).toBe(false);
    expect(tab.text().match(/"subjectId":"during-reconnect"/g)).toHaveLength(1);
  });

  it("a stop of several seconds: the hub keeps retrying with backoff, then catches up once the server is back", async () => {
    const before = hub.connections();
    const failuresBefore = log.filter((line) => line.includes("reconnecting failed")).length;
    server.stop();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    // Refused every time it tried meanwhile, and never gave up.
    expect(log.filter((line) => line.includes("reconnecting failed")).length).toBeGreaterThan(failuresBefore);
    expect(hub.connections()).toBe(before);

    server.start();
    await publish("after-outage");
    await heard("after-outage");
    expect(hub.connections()).toBe(before + 1);
    await publish("live-again");
    await heard("live-again");
    expect([timesHeard("after-outage"), timesHeard("live-again")]).toEqual([1, 1]);
    await tab.until('"subjectId":"live-again"');
    expect(tab.ended()).toBe(false);
    expect(tab.text().match(/"subjectId":"after-outage"/g)).toHaveLength(1);
  });
});
