// Reading the e2e database directly, for what no page shows: what a refused request
// did not write, what a throttled sign-in recorded. The suite's server uses the same
// DATABASE_URL (its restricted app role, which may read every table).
import pg from "pg";

export async function queryDatabase<T extends pg.QueryResultRow>(sql: string, values: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}
