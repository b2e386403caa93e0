import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrate";
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
