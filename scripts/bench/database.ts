// The throw-away database of one benchmark run: created on DATABASE_URL's server,
// migrated with the project's runner, seeded with the meeting content and the demo
// accounts, and dropped at the end (WITH FORCE, so a crashed app's connections do
// not keep it alive).
import { randomBytes } from "node:crypto";
import { applyMigrations } from "@/lib/db/migrate";
import { connectPostgres } from "@/lib/db/sql-client";
import { createPostgresClient } from "@/lib/db/prisma-factory";
import { seedContent } from "@/lib/seed/seed-content";
import { seedDemo } from "@/lib/seed/seed-demo";

export type TBenchDatabase = { name: string; url: string; drop(): Promise<void> };

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
  let dropped = false;
  return {
    name,
    url: url.toString(),
    async drop() {
      if (dropped) return;
      dropped = true;
      await withAdmin(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
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
