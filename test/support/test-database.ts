// A fresh, empty PostgreSQL database for one test (or one test file).
//
// With DATABASE_URL set, that URL is used as an *admin* connection to create a
// throw-away database `it_<random>` on the same server, dropped again by drop().
// Without it, each call gets a new in-memory PGlite. Either way the caller gets a
// SqlClient, plus what it needs to build a Prisma client on the same database:
// `url` (node-postgres, e.g. createPostgresClient(url)) or `pglite`
// (createPGliteClient(pglite)).
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { connectPostgres, wrapPGlite, type SqlClient } from "@/lib/db/sql-client";

export type TestDatabase = {
  kind: "postgres" | "pglite";
  client: SqlClient;
  /** Connection URL of the throw-away database (postgres only). */
  url?: string;
  /** The in-memory database (pglite only). */
  pglite?: PGlite;
  /**
   * Another session on the same database. PGlite has exactly one session, so there
   * it returns the shared `client` itself (whose close() is then a no-op).
   */
  connect(): Promise<SqlClient>;
  /** Closes every connection opened here and deletes the database. */
  drop(): Promise<void>;
};

export const usingRealPostgres = Boolean(process.env.DATABASE_URL);

export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.DATABASE_URL;
  return adminUrl ? createPostgresDatabase(adminUrl) : createPGliteDatabase();
}

async function createPostgresDatabase(adminUrl: string): Promise<TestDatabase> {
  const name = `it_${randomBytes(6).toString("hex")}`;
  await withAdmin(adminUrl, (admin) => admin.exec(`CREATE DATABASE "${name}"`));
  const url = databaseUrl(adminUrl, name);
  const opened: SqlClient[] = [];
  const connect = async () => {
    const client = await connectPostgres(url);
    opened.push(client);
    return client;
  };
  const client = await connect();
  return {
    kind: "postgres",
    client,
    url,
    connect,
    async drop() {
      await Promise.allSettled(opened.map((c) => c.close()));
      // FORCE also ends sessions a test left open (e.g. a Prisma pool), PG 13+.
      await withAdmin(adminUrl, (admin) => admin.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

async function createPGliteDatabase(): Promise<TestDatabase> {
  const pglite = new PGlite();
  await pglite.waitReady;
  const client = wrapPGlite(pglite, { closeOnEnd: false });
  return {
    kind: "pglite",
    client,
    pglite,
    connect: async () => client,
    drop: () => pglite.close(),
  };
}

async function withAdmin(adminUrl: string, work: (admin: SqlClient) => Promise<void>): Promise<void> {
  const admin = await connectPostgres(adminUrl);
  try {
    await work(admin);
  } finally {
    await admin.close();
  }
}

/** The admin URL with its database name replaced; credentials and options kept. */
function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
