// Builds a Prisma client on the right driver adapter: node-postgres when a
// DATABASE_URL is given, the embedded PGlite otherwise. Used by the app (lib/db.ts),
// the scripts and the tests, so all of them run the same queries.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;

export function createPostgresClient(url: string, poolSize = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: poolSize }) });
}

export function createPGliteClient(db: PGlite): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPGlite(db) });
}
