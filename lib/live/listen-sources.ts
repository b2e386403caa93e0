import "server-only";
// Where this instance's LISTEN comes from. On PostgreSQL a client of its own, outside
// Prisma's pool (a pooled connection is lent out per query; LISTEN needs a session
// that stays), on LISTEN_DATABASE_URL when a pooler sits in front of DATABASE_URL. On
// the embedded database, PGlite's own listen(): one in-process session, whose
// notifications arrive when a transaction commits, like the server's.
import pg from "pg";
import type { PGlite } from "@electric-sql/pglite";
import { LIVE_CHANNEL } from "./event";
import type { TListenSource } from "./hub";

export function listenOnPostgres(url: string): TListenSource {
  return async ({ onPayload, onLost }) => {
    const client = new pg.Client({ connectionString: url, keepAlive: true, application_name: "delegate-live-listen" });
    client.on("notification", (message) => {
      if (message.channel === LIVE_CHANNEL && message.payload) onPayload(message.payload);
    });
    client.on("error", (error) => onLost(error));
    client.on("end", () => onLost(new Error("connection ended")));
    try {
      await client.connect();
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
    } catch (error) {
      client.removeAllListeners("end");
      client.removeAllListeners("error");
      client.on("error", () => undefined);
      await client.end().catch(() => undefined);
      throw error;
    }
    return {
      close: async () => {
        client.removeAllListeners("end");
        client.removeAllListeners("error");
        client.on("error", () => undefined);
        await client.end();
      },
    };
  };
}

export function listenOnPGlite(pglite: PGlite): TListenSource {
  return async ({ onPayload }) => {
    const unlisten = await pglite.listen(LIVE_CHANNEL, onPayload);
    return { close: () => unlisten() };
  };
}
