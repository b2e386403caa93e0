// One connection for command-line scripts (migrate, seed, create-secretariat): the
// configured PostgreSQL when DATABASE_URL is set, else the embedded database.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPGliteClient, createPostgresClient } from "./prisma-factory";
import { connectPostgres, wrapPGlite, type SqlClient } from "./sql-client";
import { embeddedDataDir, openEmbedded } from "./embedded";

export type ScriptConnection = {
  target: string;
  embedded: boolean;
  sql: SqlClient;
  prisma(): PrismaClient;
  close(): Promise<void>;
};

export async function connectForScript(): Promise<ScriptConnection> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const sql = await connectPostgres(url);
    let prisma: PrismaClient | undefined;
    return {
      target: new URL(url).host + new URL(url).pathname,
      embedded: false,
      sql,
      prisma: () => (prisma ??= createPostgresClient(url, 2)),
      close: async () => {
        await prisma?.$disconnect();
        await sql.close();
      },
    };
  }
  const pglite = await openEmbedded();
  let prisma: PrismaClient | undefined;
  return {
    target: `embedded database in ${embeddedDataDir()}`,
    embedded: true,
    sql: wrapPGlite(pglite, { closeOnEnd: false }),
    prisma: () => (prisma ??= createPGliteClient(pglite)),
    close: async () => {
      await prisma?.$disconnect();
      await pglite.close();
    },
  };
}
