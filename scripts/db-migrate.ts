// `npm run db:migrate`: applies prisma/migrations as the owner of the tables
// (MIGRATION_DATABASE_URL, else DATABASE_URL), or to the embedded PGlite database
// (EMBEDDED_DB_DIR, default .data/pglite) when neither is set. Stands in for
// `prisma migrate deploy`, whose engine we cannot download; see lib/db/migrate.ts for
// how it matches and where it is stricter. Then re-applies the app role's grants
// (lib/db/app-role.ts); on the embedded database it also creates that role. Last,
// re-renders the stored Markdown HTML of rows written by an older renderer
// (lib/markdown/rerender.ts), which SQL migrations cannot do.
import { embeddedDataDir, openEmbedded } from "../lib/db/embedded";
import { applyMigrations, MigrationError } from "../lib/db/migrate";
import { connectPostgres, wrapPGlite, type SqlClient } from "../lib/db/sql-client";
import { rerenderStaleRows } from "../lib/markdown/rerender";
import { EMBEDDED_APP_ROLE, configuredAppRole, ensureAppRole } from "../lib/db/app-role";
import { appDatabaseUrl, describeDatabaseUrl, ownerDatabaseUrl } from "../lib/db/connection-urls";

async function main(): Promise<void> {
  const url = ownerDatabaseUrl();
  const target = url ? describeDatabaseUrl(url) : `embedded database ${embeddedDataDir()}`;
  const client: SqlClient = await (url ? connectPostgres(url) : openEmbedded().then((db) => wrapPGlite(db))).catch(
    (err: unknown) => {
      throw new MigrationError(`Cannot open ${target}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    },
  );
  try {
    // The embedded database is this machine's own: its app role needs no operator.
    if (!url) await ensureAppRole(client, EMBEDDED_APP_ROLE);
    const appUrl = appDatabaseUrl();
    const appRole = url ? appUrl && configuredAppRole(appUrl, process.env.MIGRATION_DATABASE_URL) : EMBEDDED_APP_ROLE;
    const { applied } = await applyMigrations(client, { log: (msg) => console.log(msg), appRole: appRole || undefined });
    if (applied.length === 0) console.log(`Database is up to date (${target}).`);
    else console.log(`Applied ${applied.length} migration(s) to ${target}: ${applied.join(", ")}`);
    await rerenderStaleRows(client, { log: (msg) => console.log(msg) });
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
