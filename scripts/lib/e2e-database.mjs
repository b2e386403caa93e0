// The database the browser tests run against, always fresh so that runs do not see
// each other's data: a new database on the DATABASE_URL server (dropped afterwards),
// or a new embedded database under .test-output/.
//
// As in production, the app under test connects as its own restricted role (README,
// "Database roles"): DATABASE_URL names that role, MIGRATION_DATABASE_URL the owner
// for migrations and seed; scripts/test.mjs runs `db:roles` between the two. Roles
// are cluster-wide and other runs share the server, so the role is named after this
// run's database and dropped with it, never touching anyone else's.
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./setup.mjs";

export async function createE2eDatabase() {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dir = path.join(ROOT, process.env.TEST_OUTPUT_DIR || ".test-output", "pglite-e2e");
    rmSync(dir, { recursive: true, force: true });
    return { env: { EMBEDDED_DB_DIR: dir }, label: `embedded database in ${dir}`, drop: async () => {} };
  }
  const { default: pg } = await import("pg");
  const name = `e2e_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const role = `${name}_app`;
  const appUrl = new URL(url);
  appUrl.username = role;
  appUrl.password = randomBytes(18).toString("hex");
  return {
    env: { MIGRATION_DATABASE_URL: url.toString(), DATABASE_URL: appUrl.toString() },
    label: `database ${name} on ${url.host}, the app as role ${role}`,
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await client.query(`DROP ROLE IF EXISTS "${role}"`);
      } finally {
        await client.end();
      }
    },
  };
}
