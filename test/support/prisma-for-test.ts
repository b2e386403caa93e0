// A Prisma client on a test database, on the same driver adapter the app would use
// for it (adapter-pg for a real PostgreSQL, the PGlite adapter for embedded).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPGliteClient, createPostgresClient } from "@/lib/db/prisma-factory";
import type { TestDatabase } from "./test-database";

export function prismaForTest(database: TestDatabase): PrismaClient {
  if (database.url) return createPostgresClient(database.url, 4);
  if (database.pglite) return createPGliteClient(database.pglite);
  throw new Error("test database has neither a url nor a PGlite instance");
}
