// A minimal SQL connection that both a real PostgreSQL (node-postgres) and the
// embedded PGlite satisfy, so the migration runner, the seed and the tests run the
// same statements on either.
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";

export type SqlClient = {
  /** One parameterised statement. */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Several statements separated by semicolons, no parameters (migration files). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
};

export async function connectPostgres(url: string): Promise<SqlClient> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    async query<Row>(sql: string, params: unknown[] = []) {
      const result = await client.query(sql, params);
      return result.rows as Row[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
    close: () => client.end(),
  };
}

export function wrapPGlite(db: PGlite, { closeOnEnd = true } = {}): SqlClient {
  return {
    async query<Row>(sql: string, params: unknown[] = []) {
      const result = await db.query<Row>(sql, params);
      return result.rows;
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
    close: async () => {
      if (closeOnEnd) await db.close();
    },
  };
}
