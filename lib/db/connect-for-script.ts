// One connection for command-line scripts (migrate, seed, create-secretariat), as the
// owner of the tables: MIGRATION_DATABASE_URL, else DATABASE_URL, else the embedded
// database (whose default session is its superuser).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPGliteClient, createPostgresClient } from "./prisma-factory";
import { connectPostgres, wrapPGlite, type SqlClient } from "./sql-client";
import { embeddedDataDir, openEmbedded } from "./embedded";
import { ownerDatabaseUrl } from "./connection-urls";

export type ScriptConnection = {
  target: string;
  embedded: boolean;
  sql: SqlClient;
  prisma(): PrismaClient;
  close(): Promise<void>;
};

export async function connectForScript(): Promise<ScriptConnection> {
  const url = ownerDatabaseUrl();
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
