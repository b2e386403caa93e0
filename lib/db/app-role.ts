// The app's own database role: owns nothing, reads and writes rows, appends to the
// audit log and nothing more. Migrations, the seed and `npm run db:roles` run as the
// owner of the tables; the app connects as this role, so it cannot TRUNCATE, UPDATE or
// DELETE audit rows (REVOKE here, the triggers of the audit migration besides), nor
// switch the triggers off: ALTER TABLE … DISABLE TRIGGER needs the owner and
// `session_replication_role = replica` a superuser.
//
// Configured PostgreSQL: DATABASE_URL names the app's role, MIGRATION_DATABASE_URL the
// owner. The operator runs `npm run db:roles` once (creating a role needs CREATEROLE,
// which the owner may not have); every migration run re-applies the grants, so tables a
// migration adds are covered and the audit log keeps its exception.
//
// Embedded PGlite: one process, no authentication, a superuser session. The app opens
// it with `username: EMBEDDED_APP_ROLE`, which is a SET ROLE: every statement the app
// sends runs with this role's rights. The session user stays the superuser, so a
// statement that says RESET ROLE gets them back — on the embedded database the role
// guards against the app's own queries going wrong, not against code running inside
// the process, which could as well rewrite the data files.
import type { SqlClient } from "./sql-client";

/** The app's role on the embedded database (a cluster of its own: no one else uses it). */
export const EMBEDDED_APP_ROLE = "delegate_app";

/** Rows may be added to the audit log but never changed or removed. */
const APPEND_ONLY_TABLES = ["AuditLog"];
/** Bookkeeping of the migration runner: none of the app's business. */
const OWNER_ONLY_TABLES = ["_prisma_migrations"];

export class AppRoleError extends Error {
  override name = "AppRoleError";
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** The user part of a connection URL (percent-decoded), or undefined when absent. */
export function urlUser(url: string): string | undefined {
  const user = new URL(url).username;
  return user ? decodeURIComponent(user) : undefined;
}

/**
 * The role the app connects as, when it differs from the owner's: the user of
 * DATABASE_URL, if MIGRATION_DATABASE_URL names someone else. Undefined when both are
 * the same (one connection for everything: the start check then warns).
 */
export function configuredAppRole(databaseUrl: string, migrationUrl: string | undefined): string | undefined {
  const app = urlUser(databaseUrl);
  if (!migrationUrl || !app) return undefined;
  const owner = urlUser(migrationUrl) ?? process.env.PGUSER ?? process.env.USER;
  return app === owner ? undefined : app;
}

/**
 * Creates the role if it does not exist and (re)sets its password. Safe when several
 * runs do it at once: a concurrent CREATE ROLE of the same name fails with
 * duplicate_object or, in the catalog's unique index, unique_violation, and the role
 * is then there either way.
 */
export async function ensureAppRole(sql: SqlClient, role: string, opts: { password?: string } = {}): Promise<void> {
  const exists = async () => (await sql.query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [role])).length > 0;
  if (!(await exists())) {
    try {
      await sql.exec(`CREATE ROLE ${quoteIdent(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS`);
    } catch (err) {
      const code = (err as { code?: string }).code;
      if ((code !== "42710" && code !== "23505") || !(await exists())) throw err;
    }
  }
  if (opts.password !== undefined) {
    // format(%L) quotes the password server-side: no hand-made string escaping.
    const [row] = await sql.query<{ statement: string }>(`SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', $1::text, $2::text) AS statement`, [
      role,
      opts.password,
    ]);
    await sql.exec(row!.statement);
  }
  await refuseMightyRole(sql, role);
}

// A role that can do anything defeats the point; refuse rather than grant to it.
async function refuseMightyRole(sql: SqlClient, role: string): Promise<void> {
  const [row] = await sql.query<{ rolsuper: boolean; rolbypassrls: boolean; member_of_owner: boolean }>(
    `SELECT r.rolsuper, r.rolbypassrls,
            EXISTS (SELECT 1 FROM pg_tables t WHERE t.schemaname = 'public' AND pg_has_role(r.rolname, t.tableowner, 'MEMBER')) AS member_of_owner
       FROM pg_roles r WHERE r.rolname = $1`,
    [role],
  );
  if (!row) throw new AppRoleError(`Role "${role}" does not exist.`);
  if (row.rolsuper || row.rolbypassrls) {
    throw new AppRoleError(`Role "${role}" is a superuser or bypasses row security; the app needs a plain role.`);
  }
  if (row.member_of_owner) {
    throw new AppRoleError(`Role "${role}" owns the tables or is a member of their owner; the app needs a role that owns nothing.`);
  }
}

/**
 * The app role's rights on this database, set from scratch (REVOKE ALL first, so
 * nothing granted by hand earlier survives), in one transaction so the app never sees
 * a moment without them. Run as the owner of the tables. Default privileges make the
 * tables a later migration creates readable and writable at once; the audit log's
 * exception is re-applied by the next migration run, which calls this again.
 */
export async function grantAppRole(sql: SqlClient, role: string): Promise<void> {
  const r = quoteIdent(role);
  const [db] = await sql.query<{ name: string }>(`SELECT current_database() AS name`);
  const existing = new Set(
    (await sql.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`)).map((t) => t.name),
  );
  const present = (tables: string[]) => tables.filter((t) => existing.has(t)).map(quoteIdent);
  const statements = [
    `GRANT CONNECT ON DATABASE ${quoteIdent(db!.name)} TO ${r}`,
    // Before PostgreSQL 15 everyone may create tables in public; the app must not
    // (it would own them). A no-op on newer servers.
    `REVOKE CREATE ON SCHEMA public FROM PUBLIC`,
    `REVOKE CREATE ON SCHEMA public FROM ${r}`,
    `GRANT USAGE ON SCHEMA public TO ${r}`,
    `REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${r}`,
    `REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`,
    ...present(APPEND_ONLY_TABLES).map((t) => `REVOKE UPDATE, DELETE, TRUNCATE ON ${t} FROM ${r}`),
    ...present(OWNER_ONLY_TABLES).map((t) => `REVOKE ALL ON ${t} FROM ${r}`),
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${r}`,
  ];
  await sql.exec("BEGIN");
  try {
    for (const statement of statements) await sql.exec(statement);
    await sql.exec("COMMIT");
  } catch (err) {
    await sql.exec("ROLLBACK").catch(() => undefined);
    throw err;
  }
}

/** What the connection may do that the app's role should not; one row. */
export const CONNECTION_PRIVILEGES_SQL = `
SELECT current_user::text AS "user",
       (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS "superuser",
       EXISTS (SELECT 1 FROM pg_tables t WHERE t.schemaname = 'public'
                 AND pg_has_role(current_user, t.tableowner, 'MEMBER')) AS "owner",
       COALESCE((SELECT has_table_privilege(c.oid, 'UPDATE') OR has_table_privilege(c.oid, 'DELETE')
                        OR has_table_privilege(c.oid, 'TRUNCATE')
                   FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname = 'public' AND c.relname = 'AuditLog'), false) AS "canRewriteAudit"`;

export type ConnectionPrivileges = { user: string; superuser: boolean; owner: boolean; canRewriteAudit: boolean };

/** A loud warning when the connection has more rights than the app's role should, else null. */
export function privilegeWarning(p: ConnectionPrivileges): string | null {
  const reasons = [
    p.superuser && "is a superuser",
    !p.superuser && p.owner && "owns the tables (or is a member of their owner)",
    !p.superuser && !p.owner && p.canRewriteAudit && "may UPDATE, DELETE or TRUNCATE the audit log",
  ].filter(Boolean);
  if (reasons.length === 0) return null;
  const line = "!".repeat(78);
  return [
    line,
    `!! DATABASE ROLE WARNING: the app connects as "${p.user}", which ${reasons.join(" and ")}.`,
    "!! Whoever controls the app could rewrite or empty the audit log.",
    "!! Connect the app as a role of its own: set MIGRATION_DATABASE_URL to the owner's",
    "!! connection, DATABASE_URL to the app role's, and run `npm run db:roles` once (README).",
    line,
  ].join("\n");
}

export async function inspectConnection(sql: SqlClient): Promise<ConnectionPrivileges> {
  const [row] = await sql.query<ConnectionPrivileges>(CONNECTION_PRIVILEGES_SQL);
  return row!;
}
