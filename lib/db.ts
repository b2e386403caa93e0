import "server-only";
// The one Prisma client of the app. DATABASE_URL set → PostgreSQL through
// @prisma/adapter-pg; unset → the embedded PGlite under .data/ (migrated and seeded
// by `npm start` before the server starts). Kept on globalThis so development
// reloads do not open a second pool or a second handle on the PGlite directory.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createPGliteClient, createPostgresClient } from "@/lib/db/prisma-factory";
import { embeddedDataDir } from "@/lib/db/embedded";
import { PGlite } from "@electric-sql/pglite";

const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

function createClient(): PrismaClient {
  const { DATABASE_URL, DB_POOL_SIZE } = env();
  if (DATABASE_URL) return createPostgresClient(DATABASE_URL, DB_POOL_SIZE);
  return createPGliteClient(new PGlite(embeddedDataDir()));
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
