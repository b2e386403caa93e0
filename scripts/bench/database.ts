// The throw-away database of one benchmark run: created on DATABASE_URL's server,
// migrated with the project's runner, seeded with the meeting content and the demo
// accounts, and dropped at the end (WITH FORCE, so a crashed app's connections do
// not keep it alive). The servers connect as the app's own restricted role, as in
// production (lib/db/app-role.ts): `<database>_app`, dropped with the database.
import { randomBytes } from "node:crypto";
import { applyMigrations } from "@/lib/db/migrate";
import { ensureAppRole, grantAppRole } from "@/lib/db/app-role";
import { connectPostgres } from "@/lib/db/sql-client";
import { createPostgresClient } from "@/lib/db/prisma-factory";
import { seedContent } from "@/lib/seed/seed-content";
import { seedDemo } from "@/lib/seed/seed-demo";

export type TBenchDatabase = {
  name: string;
  /** The owner's connection: migrations, seed, generated data. */
  url: string;
  /** The app role's connection, once createAppRole() ran. */
  appUrl?: string;
  createAppRole(): Promise<string>;
  drop(): Promise<void>;
};

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

export function requireLocalPostgres(): string {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    throw new Error(
      "npm run bench needs a PostgreSQL server: set DATABASE_URL (an admin connection, e.g. " +
        "postgresql://postgres@127.0.0.1:5432/postgres). The embedded PGlite serves one process only, " +
        "so neither the counting relay nor the bare floor server could reach it.",
    );
  }
  const host = new URL(adminUrl).hostname;
  if (!LOCAL_HOSTS.has(host)) throw new Error(`The benchmark talks to 127.0.0.1 only; DATABASE_URL points at ${host}.`);
  return adminUrl;
}

async function withAdmin(adminUrl: string, sql: string) {
  const admin = await connectPostgres(adminUrl);
  try {
    await admin.exec(sql);
  } finally {
    await admin.close();
  }
}

export async function createBenchDatabase(adminUrl: string): Promise<TBenchDatabase> {
  const name = `bench_${randomBytes(5).toString("hex")}`;
  await withAdmin(adminUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const role = `${name}_app`;
  let dropped = false;
  let roleCreated = false;
  const database: TBenchDatabase = {
    name,
    url: url.toString(),
    async createAppRole() {
      const appUrl = new URL(url);
      appUrl.username = role;
      appUrl.password = randomBytes(12).toString("hex");
      const owner = await connectPostgres(url.toString());
      try {
        roleCreated = true;
        await ensureAppRole(owner, role, { password: appUrl.password });
        await grantAppRole(owner, role);
      } finally {
        await owner.close();
      }
      database.appUrl = appUrl.toString();
      return database.appUrl;
    },
    async drop() {
      if (dropped) return;
      dropped = true;
      await withAdmin(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      if (roleCreated) await withAdmin(adminUrl, `DROP ROLE IF EXISTS "${role}"`);
    },
  };
  return database;
}

export async function migrateAndSeed(url: string): Promise<void> {
  const client = await connectPostgres(url);
  try {
    await applyMigrations(client, { log: () => {} });
  } finally {
    await client.close();
  }
  const prisma = createPostgresClient(url, 2);
  try {
    await seedContent(prisma);
    await seedDemo(prisma);
  } finally {
    await prisma.$disconnect();
  }
}
