// A fresh, empty PostgreSQL database for one test (or one test file).
//
// With DATABASE_URL set, that URL is used as an *admin* connection to create a
// throw-away database `it_<random>` on the same server, dropped again by drop().
// Without it, each call gets a new in-memory PGlite. Either way the caller gets a
// SqlClient, plus what it needs to build a Prisma client on the same database:
// `url` (node-postgres, e.g. createPostgresClient(url)) or `pglite`
// (createPGliteClient(pglite)).
//
// The caller's `client` is the owner of the tables (migrations, seed, setup). The app's
// restricted role (lib/db/app-role.ts) is set up on demand by appRole(): on PostgreSQL
// one named after this database (roles are cluster-wide and other runs share the
// server: a name of our own is never one someone else uses), dropped with it; on PGlite
// the embedded role, taken with SET ROLE as the app's PGlite does.
import { randomBytes } from "node:crypto";
import type { PGlite } from "@electric-sql/pglite";
import { newPGlite } from "@/lib/db/embedded";
import { connectPostgres, wrapPGlite, type SqlClient } from "@/lib/db/sql-client";
import { EMBEDDED_APP_ROLE, ensureAppRole, grantAppRole } from "@/lib/db/app-role";

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
  /**
   * Creates the app's role and grants it its rights on the tables that exist now, as
   * `npm run db:roles` does (call it after the migrations). `url` connects as it
   * (postgres only).
   */
  appRole(): Promise<{ name: string; url?: string }>;
  /**
   * A session as the app's role. On PGlite this switches the one shared session with
   * SET ROLE until the returned client is closed.
   */
  connectAsApp(): Promise<SqlClient>;
  /** Closes every connection opened here and deletes the database (and its role). */
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
  const role = { name: `${name}_app`, url: databaseUrl(adminUrl, name, { user: `${name}_app`, password: randomBytes(12).toString("hex") }) };
  let roleReady: Promise<void> | undefined;
  const appRole = async () => {
    roleReady ??= (async () => {
      await ensureAppRole(client, role.name, { password: new URL(role.url).password });
      await grantAppRole(client, role.name);
    })();
    await roleReady;
    return role;
  };
  return {
    kind: "postgres",
    client,
    url,
    connect,
    appRole,
    async connectAsApp() {
      const app = await connectPostgres((await appRole()).url);
      opened.push(app);
      return app;
    },
    async drop() {
      await Promise.allSettled(opened.map((c) => c.close()));
      // FORCE also ends sessions a test left open (e.g. a Prisma pool), PG 13+.
      await withAdmin(adminUrl, async (admin) => {
        await admin.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        if (roleReady) await admin.exec(`DROP ROLE IF EXISTS "${role.name}"`);
      });
    },
  };
}

async function createPGliteDatabase(): Promise<TestDatabase> {
  const pglite = newPGlite();
  await pglite.waitReady;
  const client = wrapPGlite(pglite, { closeOnEnd: false });
  const appRole = async () => {
    await ensureAppRole(client, EMBEDDED_APP_ROLE);
    await grantAppRole(client, EMBEDDED_APP_ROLE);
    return { name: EMBEDDED_APP_ROLE };
  };
  return {
    kind: "pglite",
    client,
    pglite,
    connect: async () => client,
    appRole,
    async connectAsApp() {
      await client.exec(`SET ROLE "${(await appRole()).name}"`);
      return { ...client, close: () => client.exec("RESET ROLE") };
    },
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

/** The admin URL with its database name (and optionally its user) replaced; options kept. */
function databaseUrl(adminUrl: string, database: string, as?: { user: string; password: string }): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  if (as) {
    url.username = as.user;
    url.password = as.password;
  }
  return url.toString();
}
