import "server-only";
// The one Prisma client of the app. DATABASE_URL set → PostgreSQL through
// @prisma/adapter-pg; unset → the embedded PGlite under .data/ (migrated and seeded
// by `npm start` before the server starts). Kept on globalThis so development
// reloads do not open a second pool or a second handle on the PGlite directory.
//
// The app connects as its own database role, never as the owner of the tables
// (lib/db/app-role.ts): on PostgreSQL the role of DATABASE_URL, on the embedded
// database EMBEDDED_APP_ROLE. The first connection checks this and logs a loud
// warning when it has more rights than that.
import type { PGlite } from "@electric-sql/pglite";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createPGliteClient, createPostgresClient } from "@/lib/db/prisma-factory";
import { embeddedDataDir, newPGlite } from "@/lib/db/embedded";
import { CONNECTION_PRIVILEGES_SQL, EMBEDDED_APP_ROLE, privilegeWarning, type ConnectionPrivileges } from "@/lib/db/app-role";

const globalForDb = globalThis as unknown as { prisma?: PrismaClient; pglite?: PGlite };

function createClient(): PrismaClient {
  const { DATABASE_URL, DB_POOL_SIZE } = env();
  let client: PrismaClient;
  if (DATABASE_URL) {
    client = createPostgresClient(DATABASE_URL, DB_POOL_SIZE);
  } else {
    globalForDb.pglite = newPGlite(embeddedDataDir(), { username: EMBEDDED_APP_ROLE });
    client = createPGliteClient(globalForDb.pglite);
  }
  warnIfPrivileged(client);
  return client;
}

/**
 * The embedded database's one PGlite, for what Prisma cannot do on it (LISTEN: the
 * live updates, lib/live/listen-sources.ts); null on PostgreSQL.
 */
export function embeddedDatabase(): PGlite | null {
  globalForDb.prisma ??= createClient();
  return globalForDb.pglite ?? null;
}

// Fire and forget: a database that is down now is the 503 page's business, not this check's.
function warnIfPrivileged(client: PrismaClient): void {
  client
    .$queryRawUnsafe<ConnectionPrivileges[]>(CONNECTION_PRIVILEGES_SQL)
    .then(([row]) => {
      const warning = row && privilegeWarning(row);
      if (warning) console.error(warning);
    })
    .catch(() => undefined);
}

// Created on first use, not on import: `next build` imports every route module, and
// must neither need a database nor open the embedded one.
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = (globalForDb.prisma ??= createClient());
    const value: unknown = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
