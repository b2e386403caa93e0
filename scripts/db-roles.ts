// `npm run db:roles`: creates or updates the app's database role and its grants
// (lib/db/app-role.ts). Run once by the operator, as the owner of the tables, with
//   MIGRATION_DATABASE_URL = the owner's connection (needs CREATEROLE the first time)
//   DATABASE_URL           = the app's connection: its user becomes the role, its
//                            password (if any) the role's password.
// Safe to run again (password changes, new tables). With neither URL set it prepares
// the embedded database, as `npm run db:migrate` does anyway.
//
// `npm run db:roles -- --check` only connects as the app and says whether that
// connection has more rights than it should (`npm start` runs it before serving).
import { embeddedDataDir, newPGlite, openEmbedded } from "../lib/db/embedded";
import { connectPostgres, wrapPGlite, type SqlClient } from "../lib/db/sql-client";
import {
  AppRoleError,
  EMBEDDED_APP_ROLE,
  configuredAppRole,
  ensureAppRole,
  grantAppRole,
  inspectConnection,
  privilegeWarning,
} from "../lib/db/app-role";
import { appDatabaseUrl, describeDatabaseUrl, ownerDatabaseUrl } from "../lib/db/connection-urls";

async function connectAsApp(): Promise<SqlClient> {
  const url = appDatabaseUrl();
  if (url) return connectPostgres(url);
  const db = newPGlite(embeddedDataDir(), { username: EMBEDDED_APP_ROLE });
  await db.waitReady;
  return wrapPGlite(db);
}

/** Prints the warning when the app's connection is too mighty; true when it is fine. */
async function check(): Promise<boolean> {
  const app = await connectAsApp();
  try {
    const warning = privilegeWarning(await inspectConnection(app));
    if (warning) console.error(warning);
    return warning === null;
  } finally {
    await app.close();
  }
}

async function setUp(): Promise<void> {
  const appUrl = appDatabaseUrl();
  const ownerUrl = ownerDatabaseUrl();
  if (!appUrl || !ownerUrl) {
    const owner = wrapPGlite(await openEmbedded());
    try {
      await ensureAppRole(owner, EMBEDDED_APP_ROLE);
      await grantAppRole(owner, EMBEDDED_APP_ROLE);
    } finally {
      await owner.close();
    }
    console.log(`Role "${EMBEDDED_APP_ROLE}" ready on the embedded database ${embeddedDataDir()}.`);
    return;
  }
  const role = configuredAppRole(appUrl, process.env.MIGRATION_DATABASE_URL);
  if (!role) {
    throw new AppRoleError(
      "DATABASE_URL and MIGRATION_DATABASE_URL must name two different users: MIGRATION_DATABASE_URL the owner " +
        "of the tables, DATABASE_URL the app's own role (e.g. postgresql://delegate_app:…@host/db).",
    );
  }
  const password = new URL(appUrl).password;
  const owner = await connectPostgres(ownerUrl);
  try {
    await ensureAppRole(owner, role, { password: password ? decodeURIComponent(password) : undefined });
    await grantAppRole(owner, role);
  } finally {
    await owner.close();
  }
  console.log(`Role "${role}" ready on ${describeDatabaseUrl(ownerUrl)}: reads and writes rows, appends to the audit log, owns nothing.`);
  if (!(await check())) throw new AppRoleError(`Connecting as "${role}" still has too many rights (see above).`);
}

async function main(): Promise<void> {
  if (process.argv.includes("--check")) await check();
  else await setUp();
}

main().catch((err: unknown) => {
  if (err instanceof AppRoleError) console.error(`db:roles: ${err.message}`);
  else console.error("db:roles failed:", err);
  process.exitCode = 1;
});
