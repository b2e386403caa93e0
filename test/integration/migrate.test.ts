// The migration runner (lib/db/migrate.ts) against a real PostgreSQL or PGlite, with
// small throw-away migration directories so each behaviour is visible on its own.
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyMigrations, listMigrations, PRISMA_MIGRATE_LOCK_KEY } from "@/lib/db/migrate";
import type { SqlClient } from "@/lib/db/sql-client";
import { createTestDatabase, usingRealPostgres, type TestDatabase } from "../support/test-database";

let db: TestDatabase;
let client: SqlClient;
let dirs: string[] = [];

beforeEach(async () => {
  db = await createTestDatabase();
  client = db.client;
});

afterEach(async () => {
  await db.drop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** A migrations directory holding the given name → SQL files, like prisma/migrations. */
function migrationsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "migrate-test-"));
  dirs.push(dir);
  writeFileSync(path.join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');
  for (const [name, sql] of Object.entries(files)) writeMigration(dir, name, sql);
  return dir;
}

function writeMigration(dir: string, name: string, sql: string): void {
  mkdirSync(path.join(dir, name), { recursive: true });
  writeFileSync(path.join(dir, name, "migration.sql"), sql);
}

async function tableExists(name: string, on: SqlClient = client): Promise<boolean> {
  const [row] = await on.query<{ exists: boolean }>("SELECT to_regclass($1) IS NOT NULL AS exists", [`"${name}"`]);
  return row?.exists === true;
}

async function history(): Promise<{ migration_name: string; checksum: string; applied_steps_count: number }[]> {
  return client.query(
    `SELECT migration_name, checksum, applied_steps_count FROM _prisma_migrations ORDER BY migration_name`,
  );
}

// Written out of name order on purpose; the second needs the first's table and the
// third the second's column.
const THREE = {
  "20240103000000_add_index": `CREATE INDEX "Widget_label_idx" ON "Widget"("label");`,
  "20240101000000_widgets": `CREATE TABLE "Widget" ("id" INTEGER NOT NULL, CONSTRAINT "Widget_pkey" PRIMARY KEY ("id"));`,
  "20240102000000_add_label": `ALTER TABLE "Widget" ADD COLUMN "label" TEXT;\nINSERT INTO "Widget" VALUES (1, 'one');`,
};

describe("applyMigrations", () => {
  it("applies pending migrations in directory-name order and records them as Prisma does", async () => {
    const dir = migrationsDir(THREE);
    const result = await applyMigrations(client, { migrationsDir: dir });

    expect(result.applied).toEqual(["20240101000000_widgets", "20240102000000_add_label", "20240103000000_add_index"]);
    expect(await client.query(`SELECT id, label FROM "Widget"`)).toEqual([{ id: 1, label: "one" }]);
    const rows = await client.query<{ finished: boolean; rolled_back: boolean; logs: unknown }>(
      `SELECT finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back, logs FROM _prisma_migrations`,
    );
    expect(rows).toEqual(Array(3).fill({ finished: true, rolled_back: false, logs: null }));
  });

  it("stores sha256 of each migration.sql as the checksum", async () => {
    const dir = migrationsDir(THREE);
    await applyMigrations(client, { migrationsDir: dir });

    for (const row of await history()) {
      const bytes = readFileSync(path.join(dir, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(bytes).digest("hex"));
      expect(row.applied_steps_count).toBe(1);
    }
    expect(listMigrations(dir).map((m) => m.name)).toEqual(Object.keys(THREE).sort());
  });

  it("applies nothing on a second run, and only the new migration after one is added", async () => {
    const dir = migrationsDir(THREE);
    await applyMigrations(client, { migrationsDir: dir });

    expect(await applyMigrations(client, { migrationsDir: dir })).toEqual({ applied: [] });
    writeMigration(dir, "20240104000000_more", `ALTER TABLE "Widget" ADD COLUMN "size" INTEGER;`);
    expect(await applyMigrations(client, { migrationsDir: dir })).toEqual({ applied: ["20240104000000_more"] });
    expect(await history()).toHaveLength(4);
  });

  it("refuses to run when an applied migration was edited, and changes nothing", async () => {
    const dir = migrationsDir(THREE);
    await applyMigrations(client, { migrationsDir: dir });
    const before = await history();
    writeMigration(dir, "20240102000000_add_label", `ALTER TABLE "Widget" ADD COLUMN "label" VARCHAR(10);`);
    writeMigration(dir, "20240104000000_pending", `CREATE TABLE "Pending" ("id" INTEGER);`);

    await expect(applyMigrations(client, { migrationsDir: dir })).rejects.toThrow(
      /migration "20240102000000_add_label" was modified after it was applied/,
    );
    expect(await tableExists("Pending")).toBe(false);
    expect(await history()).toEqual(before);
  });

  it("accepts an applied migration whose only change is CRLF line endings (git on Windows)", async () => {
    const dir = migrationsDir(THREE);
    await applyMigrations(client, { migrationsDir: dir });
    writeMigration(dir, "20240102000000_add_label", THREE["20240102000000_add_label"].replace(/\n/g, "\r\n"));

    expect(await applyMigrations(client, { migrationsDir: dir })).toEqual({ applied: [] });
  });

  it("rolls a failing migration back completely and stops before later ones", async () => {
    const dir = migrationsDir({
      "20240101000000_ok": `CREATE TABLE "Kept" ("id" INTEGER);`,
      "20240102000000_broken": `CREATE TABLE "Partial" ("id" INTEGER);\nINSERT INTO "Partial" VALUES (1);\nSELECT * FROM "NoSuchTable";`,
      "20240103000000_after": `CREATE TABLE "After" ("id" INTEGER);`,
    });

    await expect(applyMigrations(client, { migrationsDir: dir })).rejects.toThrow(
      /Migration "20240102000000_broken" failed and was rolled back: .*NoSuchTable/,
    );
    expect(await tableExists("Kept")).toBe(true);
    expect(await tableExists("Partial")).toBe(false);
    expect(await tableExists("After")).toBe(false);
    expect((await history()).map((r) => r.migration_name)).toEqual(["20240101000000_ok"]);

    // Nothing is left "failed": fixing the file is enough for the next run.
    writeMigration(dir, "20240102000000_broken", `CREATE TABLE "Partial" ("id" INTEGER);`);
    expect((await applyMigrations(client, { migrationsDir: dir })).applied).toEqual([
      "20240102000000_broken",
      "20240103000000_after",
    ]);
  });

  it("refuses when the history has a started-but-unfinished (failed) migration", async () => {
    const dir = migrationsDir(THREE);
    await applyMigrations(client, { migrationsDir: dir });
    await client.query(`UPDATE _prisma_migrations SET finished_at = NULL WHERE migration_name = '20240103000000_add_index'`);

    await expect(applyMigrations(client, { migrationsDir: dir })).rejects.toThrow(
      /migration "20240103000000_add_index" started but never finished/,
    );
  });

  it("refuses when an applied migration is missing from disk", async () => {
    const dir = migrationsDir(THREE);
    await applyMigrations(client, { migrationsDir: dir });
    rmSync(path.join(dir, "20240103000000_add_index"), { recursive: true });

    await expect(applyMigrations(client, { migrationsDir: dir })).rejects.toThrow(
      /migration "20240103000000_add_index" is recorded as applied .* not in the migrations directory/,
    );
  });

  it("re-applies a migration marked rolled back, as prisma migrate resolve --rolled-back intends", async () => {
    const dir = migrationsDir({ "20240101000000_widgets": THREE["20240101000000_widgets"] });
    await applyMigrations(client, { migrationsDir: dir });
    await client.exec(`DROP TABLE "Widget"; UPDATE _prisma_migrations SET rolled_back_at = now();`);

    expect((await applyMigrations(client, { migrationsDir: dir })).applied).toEqual(["20240101000000_widgets"]);
    expect(await tableExists("Widget")).toBe(true);
  });

  it("refuses a migration with its own BEGIN/COMMIT, before applying anything", async () => {
    const dir = migrationsDir({
      "20240101000000_fine": `CREATE TABLE "Fine" ("id" INTEGER);`,
      "20240102000000_commits": `BEGIN;\nCREATE TABLE "Committed" ("id" INTEGER);\nCOMMIT;`,
    });

    await expect(applyMigrations(client, { migrationsDir: dir })).rejects.toThrow(/"20240102000000_commits" contains its own "BEGIN"/);
    expect(await tableExists("Fine")).toBe(false);
  });

  it("holds Prisma's advisory lock while applying and releases it afterwards", async () => {
    const heldByMe = `SELECT count(*)::int AS n FROM pg_locks
      WHERE locktype = 'advisory' AND classid = 0 AND objid = ${PRISMA_MIGRATE_LOCK_KEY} AND granted AND pid = pg_backend_pid()`;
    const dir = migrationsDir({ "20240101000000_snapshot": `CREATE TABLE "LockSeen" AS ${heldByMe};` });
    await applyMigrations(client, { migrationsDir: dir });

    expect(await client.query(`SELECT n FROM "LockSeen"`)).toEqual([{ n: 1 }]);
    expect(await client.query(heldByMe)).toEqual([{ n: 0 }]);
  });

  it("lets only one of two concurrent runners apply a migration", async () => {
    // The sleep keeps the first runner inside the migration while the second starts;
    // without mutual exclusion both would try CREATE TABLE "Once" and one would fail.
    const dir = migrationsDir({ "20240101000000_slow": `SELECT pg_sleep(0.5);\nCREATE TABLE "Once" ("id" INTEGER);` });
    const other = await db.connect(); // a second session on postgres; the same one on PGlite

    const results = await Promise.all([
      applyMigrations(client, { migrationsDir: dir }),
      applyMigrations(other, { migrationsDir: dir }),
    ]);

    expect(results.map((r) => r.applied).sort()).toEqual([[], ["20240101000000_slow"]]);
    expect(await history()).toHaveLength(1);
  });

  // PGlite has a single session, so "another session holds the lock" cannot happen there.
  it.runIf(usingRealPostgres)("waits for a lock held by another session, and times out clearly", async () => {
    const dir = migrationsDir({ "20240101000000_widgets": THREE["20240101000000_widgets"] });
    const holder = await db.connect();
    await holder.query(`SELECT pg_advisory_lock(${PRISMA_MIGRATE_LOCK_KEY})`);

    await expect(applyMigrations(client, { migrationsDir: dir, lockTimeoutMs: 200 })).rejects.toThrow(
      /held the migration lock .* for more than 200 ms/,
    );
    const [setting] = await client.query<{ lock_timeout: string }>("SHOW lock_timeout");
    expect(setting?.lock_timeout).toBe("0"); // the session's own setting is restored

    const waiting = applyMigrations(client, { migrationsDir: dir, lockTimeoutMs: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await tableExists("Widget", holder)).toBe(false);
    await holder.query(`SELECT pg_advisory_unlock(${PRISMA_MIGRATE_LOCK_KEY})`);
    expect((await waiting).applied).toEqual(["20240101000000_widgets"]);
  });
});
