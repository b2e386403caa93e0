// `npm run db:migrate`: applies prisma/migrations to DATABASE_URL when it is set,
// otherwise to the embedded PGlite database (EMBEDDED_DB_DIR, default .data/pglite).
// Stands in for `prisma migrate deploy`, whose engine we cannot download; see
// lib/db/migrate.ts for how it matches and where it is stricter.
import { embeddedDataDir, openEmbedded } from "../lib/db/embedded";
import { applyMigrations, MigrationError } from "../lib/db/migrate";
import { connectPostgres, wrapPGlite, type SqlClient } from "../lib/db/sql-client";

// Names the target without echoing a password from the URL.
function describePostgres(url: string): string {
  try {
    const u = new URL(url);
    return `PostgreSQL ${u.hostname}${u.port ? `:${u.port}` : ""}${u.pathname}`;
  } catch {
    return "PostgreSQL (DATABASE_URL)";
  }
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  const target = url ? describePostgres(url) : `embedded database ${embeddedDataDir()}`;
  const client: SqlClient = await (url ? connectPostgres(url) : openEmbedded().then((db) => wrapPGlite(db))).catch(
    (err: unknown) => {
      throw new MigrationError(`Cannot open ${target}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    },
  );
  try {
    const { applied } = await applyMigrations(client, { log: (msg) => console.log(msg) });
    if (applied.length === 0) console.log(`Database is up to date (${target}).`);
    else console.log(`Applied ${applied.length} migration(s) to ${target}: ${applied.join(", ")}`);
  } finally {
    await client.close();
  }
}

main().catch((err: unknown) => {
  // Refusals and connection problems are explained by their message; anything else
  // is unexpected, so show it whole.
  if (err instanceof MigrationError) console.error(`db:migrate: ${err.message}`);
  else console.error("db:migrate failed:", err);
  process.exitCode = 1;
});
