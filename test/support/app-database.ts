// Points the app's own Prisma client (lib/db.ts) at a fresh, migrated and seeded
// database, for integration tests of server code that imports it. Must run before the
// first query: lib/db.ts reads its settings on first use.
//
// With DATABASE_URL (an admin connection) a throw-away database is created on that
// server; without it, a throw-away embedded database in a temporary folder. The
// original environment is restored by the returned cleanup.
//
// Migrations and seed run as the owner; the app's client then connects as its own
// restricted role (lib/db/app-role.ts), as it does under `npm start` and in production,
// so these tests also prove the app needs no more rights than that role has.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { newPGlite } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { rerenderStaleRows } from "@/lib/markdown/rerender";
import { wrapPGlite } from "@/lib/db/sql-client";
import { createPGliteClient } from "@/lib/db/prisma-factory";
import { EMBEDDED_APP_ROLE, ensureAppRole } from "@/lib/db/app-role";
import { seedContent } from "@/lib/seed/seed-content";
import { seedDemo } from "@/lib/seed/seed-demo";
import { createTestDatabase } from "./test-database";
import { prismaForTest } from "./prisma-for-test";

const SAVED = ["DATABASE_URL", "EMBEDDED_DB_DIR", "AUTH_SECRET"] as const;

export async function useAppDatabase(): Promise<() => Promise<void>> {
  const saved = Object.fromEntries(SAVED.map((k) => [k, process.env[k]]));
  process.env.AUTH_SECRET = "integration-test-secret-0123456789abcdef0123456789";
  let cleanup: () => Promise<void>;

  if (process.env.DATABASE_URL) {
    const database = await createTestDatabase();
    await applyMigrations(database.client);
    await rerenderStaleRows(database.client);
    const seeder = prismaForTest(database);
    await seedContent(seeder);
    await seedDemo(seeder);
    await seeder.$disconnect();
    process.env.DATABASE_URL = (await database.appRole()).url;
    cleanup = () => database.drop();
  } else {
    const dir = mkdtempSync(path.join(os.tmpdir(), "dw-it-"));
    const pglite = newPGlite(dir);
    const owner = wrapPGlite(pglite, { closeOnEnd: false });
    await ensureAppRole(owner, EMBEDDED_APP_ROLE);
    await applyMigrations(owner, { appRole: EMBEDDED_APP_ROLE });
    await rerenderStaleRows(owner);
    const seeder = createPGliteClient(pglite);
    await seedContent(seeder);
    await seedDemo(seeder);
    await seeder.$disconnect();
    await pglite.close();
    process.env.EMBEDDED_DB_DIR = dir;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }

  return async () => {
    const { db } = await import("@/lib/db");
    await db.$disconnect();
    (globalThis as { prisma?: unknown }).prisma = undefined;
    (globalThis as { pglite?: unknown }).pglite = undefined;
    await cleanup();
    for (const k of SAVED) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  };
}
