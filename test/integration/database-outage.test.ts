// While PostgreSQL is unreachable, every page answers 503 with a clear message, and
// the app recovers by itself when the database is back. "The database" here is the
// machine's PostgreSQL behind a relay the test cuts and restores.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { applyMigrations } from "@/lib/db/migrate";
import { connectPostgres } from "@/lib/db/sql-client";
import { createTcpRelay, type TcpRelay } from "../support/tcp-relay";

const ADMIN_URL = process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const NAME = `outage_${process.pid}_${Date.now().toString(36)}`;
const saved = { DATABASE_URL: process.env.DATABASE_URL, AUTH_SECRET: process.env.AUTH_SECRET };
let relay: TcpRelay;

const request = (path: string) => new NextRequest(new URL(path, "http://127.0.0.1:3000"), { headers: { cookie: "authjs.session-token=x" } });

beforeAll(async () => {
  const admin = await connectPostgres(ADMIN_URL);
  await admin.exec(`CREATE DATABASE "${NAME}"`);
  await admin.close();
  const direct = new URL(ADMIN_URL);
  direct.pathname = `/${NAME}`;
  const client = await connectPostgres(direct.toString());
  await applyMigrations(client);
  await client.close();

  relay = await createTcpRelay(direct.hostname, Number(direct.port || 5432));
  const viaRelay = new URL(direct.toString());
  viaRelay.hostname = "127.0.0.1";
  viaRelay.port = String(relay.port);
  process.env.DATABASE_URL = viaRelay.toString();
  process.env.AUTH_SECRET = "integration-test-secret-0123456789abcdef0123456789";
});

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect().catch(() => {});
  await relay?.stop();
  const admin = await connectPostgres(ADMIN_URL);
  await admin.exec(`DROP DATABASE IF EXISTS "${NAME}" WITH (FORCE)`);
  await admin.close();
  process.env.DATABASE_URL = saved.DATABASE_URL;
  process.env.AUTH_SECRET = saved.AUTH_SECRET;
  if (saved.DATABASE_URL === undefined) delete process.env.DATABASE_URL;
  if (saved.AUTH_SECRET === undefined) delete process.env.AUTH_SECRET;
});

describe("[resilience] database outage", () => {
  it("answers 503 while the database is down and recovers by itself when it returns", async () => {
    const { proxy } = await import("@/proxy");
    const { resetDatabaseHealth } = await import("@/lib/db-health");
    const { db } = await import("@/lib/db");

    resetDatabaseHealth();
    expect((await proxy(request("/meetings/hld-2013"))).status).not.toBe(503);
    expect(await db.meeting.count()).toBe(0);

    await relay.stop();
    resetDatabaseHealth();
    const down = await proxy(request("/meetings/hld-2013"));
    expect(down.status).toBe(503);
    expect(down.headers.get("retry-after")).toBe("30");
    expect(await down.text()).toContain("cannot reach its database");
    await expect(db.meeting.count()).rejects.toThrow();

    await relay.start();
    resetDatabaseHealth();
    expect((await proxy(request("/meetings/hld-2013"))).status).not.toBe(503);
    // The app's own pool drops its broken connections and opens new ones.
    await expect.poll(async () => db.meeting.count().catch(() => -1), { timeout: 10_000 }).toBe(0);
  });
});
