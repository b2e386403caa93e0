// The database the browser tests run against, always fresh so that runs do not see
// each other's data: a new database on the DATABASE_URL server (dropped afterwards),
// or a new embedded database under .test-output/.
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
  return {
    env: { DATABASE_URL: url.toString() },
    label: `database ${name} on ${url.host}`,
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
