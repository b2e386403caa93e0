import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrate";
import { ensureAppRole, inspectConnection, privilegeWarning } from "@/lib/db/app-role";
import type { SqlClient } from "@/lib/db/sql-client";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

describe("[audit] the audit log is append-only in the database", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await applyMigrations(database.client);
    await database.client.query(`INSERT INTO "AuditLog" ("action", "entityType") VALUES ('test.event', 'Test')`);
  });
  afterAll(async () => database.drop());

  it("accepts new rows", async () => {
    await database.client.query(`INSERT INTO "AuditLog" ("action", "entityType") VALUES ('test.second', 'Test')`);
    const [row] = await database.client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditLog"`);
    expect(row?.n).toBe(2);
  });

  it.each([
    ["UPDATE", `UPDATE "AuditLog" SET "action" = 'tampered'`],
    ["DELETE", `DELETE FROM "AuditLog"`],
    ["TRUNCATE", `TRUNCATE "AuditLog"`],
  ])("refuses %s", async (operation, sql) => {
    await expect(database.client.query(sql)).rejects.toThrow(new RegExp(`append-only \\(${operation} refused\\)`));
    const rows = await database.client.query<{ action: string }>(`SELECT "action" FROM "AuditLog" ORDER BY "id"`);
    expect(rows.map((r) => r.action)).toEqual(["test.event", "test.second"]);
  });
});

// Finding 8 of issue 10: the triggers above only stop a polite client. The app connects
// as a role that owns nothing (lib/db/app-role.ts), so it cannot switch them off either.
describe("[audit] as the app's database role, the audit log cannot be rewritten", () => {
  let database: TestDatabase;
  let app: SqlClient;
  const auditActions = async () =>
    (await database.client.query<{ action: string }>(`SELECT "action" FROM "AuditLog" ORDER BY "id"`)).map((r) => r.action);
  // PGlite has one session, switched to the app's role by connectAsApp(): the owner's
  // statements wait until it is switched back.
  const asOwner = async (work: () => Promise<void>) => {
    await app.close();
    try {
      await work();
    } finally {
      app = await database.connectAsApp();
    }
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    const { name } = await database.appRole();
    await applyMigrations(database.client, { appRole: name });
    await database.client.query(`INSERT INTO "AuditLog" ("action", "entityType") VALUES ('test.event', 'Test')`);
  });
  beforeEach(async () => {
    app = await database.connectAsApp();
  });
  afterEach(async () => app.close());
  afterAll(async () => database.drop());

  it.each([
    ["UPDATE", `UPDATE "AuditLog" SET "action" = 'tampered'`, /permission denied/],
    ["DELETE", `DELETE FROM "AuditLog"`, /permission denied/],
    ["TRUNCATE", `TRUNCATE "AuditLog"`, /permission denied/],
    ["DISABLE TRIGGER ALL", `ALTER TABLE "AuditLog" DISABLE TRIGGER ALL`, /must be owner/],
    ["DISABLE TRIGGER (one)", `ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_no_update_or_delete"`, /must be owner/],
    ["session_replication_role", `SET session_replication_role = replica`, /permission denied to set parameter/],
    ["set_config(session_replication_role)", `SELECT set_config('session_replication_role', 'replica', false)`, /permission denied to set parameter/],
    ["DROP TABLE", `DROP TABLE "AuditLog"`, /must be owner/],
    ["CREATE TABLE", `CREATE TABLE "Mine" ("id" int)`, /permission denied for schema public/],
  ])("refuses %s", async (_operation, sql, refusal) => {
    await expect(app.query(sql)).rejects.toThrow(refusal);
    expect(await auditActions()).toEqual(["test.event"]);
  });

  it("still does the app's normal writes: rows added, changed and removed, audit rows appended", async () => {
    const [delegation] = await app.query<{ id: string }>(
      `INSERT INTO "Delegation" ("id", "name", "group", "updatedAt") VALUES (gen_random_uuid(), 'Role test', 'GOVERNMENT', now()) RETURNING "id"`,
    );
    await app.query(`UPDATE "Delegation" SET "name" = 'Role test (renamed)' WHERE "id" = $1`, [delegation!.id]);
    await app.query(`INSERT INTO "AuditLog" ("action", "entityType", "entityId") VALUES ('test.app', 'Delegation', $1)`, [delegation!.id]);
    await app.query(`DELETE FROM "Delegation" WHERE "id" = $1`, [delegation!.id]);
    expect(await auditActions()).toEqual(["test.event", "test.app"]);
    await expect(app.query(`SELECT count(*) FROM "_prisma_migrations"`)).rejects.toThrow(/permission denied/);
  });

  it("is reported as restricted by the start check, while the owner's connection is warned about", async () => {
    expect(privilegeWarning(await inspectConnection(app))).toBeNull();
    await asOwner(async () => {
      expect(privilegeWarning(await inspectConnection(database.client))).toMatch(/DATABASE ROLE WARNING/);
    });
  });

  it("gets its audit-log exception back from the next migration run after a grant by hand", async () => {
    await asOwner(async () => {
      const { name } = await database.appRole();
      await database.client.exec(`GRANT UPDATE, DELETE, TRUNCATE ON "AuditLog" TO "${name}"`);
      await database.client.exec(`CREATE TABLE "LaterTable" ("id" int)`); // as a later migration would
      await applyMigrations(database.client, { appRole: name });
    });
    await expect(app.query(`UPDATE "AuditLog" SET "action" = 'tampered'`)).rejects.toThrow(/permission denied/);
    await app.query(`INSERT INTO "LaterTable" VALUES (1)`);
    expect(await app.query(`SELECT "id" FROM "LaterTable"`)).toEqual([{ id: 1 }]);
  });

  it("creates the role once when several runs ask at the same time", async () => {
    await asOwner(async () => {
      const race = `${(await database.appRole()).name}_race`;
      const sessions = await Promise.all([database.connect(), database.connect(), database.connect()]);
      await Promise.all(sessions.map((s) => ensureAppRole(s, race)));
      expect(await database.client.query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [race])).toHaveLength(1);
      await database.client.exec(`DROP ROLE "${race}"`);
    });
  });
});
