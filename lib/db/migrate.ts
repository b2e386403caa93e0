// Applies prisma/migrations/*/migration.sql the way `prisma migrate deploy` would,
// because Prisma's schema-engine binary cannot be downloaded on our machines. The
// bookkeeping (the `_prisma_migrations` table, checksums, the advisory lock key) is
// Prisma's own, so a database migrated here is one the Prisma CLI also recognises,
// and the two exclude each other while running.
//
// Deliberately stricter than `migrate deploy`: an applied migration whose file was
// edited, or that no longer exists on disk, stops the run instead of being ignored;
// and each migration runs in one transaction with its history row, so a failure
// leaves nothing behind (no half-applied schema, no "failed" row to resolve).
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { SqlClient } from "./sql-client";
import { grantAppRole } from "./app-role";

/** The key Prisma Migrate passes to pg_advisory_lock. */
export const PRISMA_MIGRATE_LOCK_KEY = 72707369;

/** Prisma waits 10 s for the lock; we allow longer so a second instance starting
 *  during a slow migration waits for it instead of failing. */
const DEFAULT_LOCK_TIMEOUT_MS = 60_000;

const MIGRATIONS_TABLE = "_prisma_migrations";

// Prisma's own definition (schema engine, PostgreSQL flavour).
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" (
    "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"            VARCHAR(64) NOT NULL,
    "finished_at"         TIMESTAMPTZ,
    "migration_name"      VARCHAR(255) NOT NULL,
    "logs"                TEXT,
    "rolled_back_at"      TIMESTAMPTZ,
    "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export type MigrationFile = { name: string; sql: string; checksum: string; bytes: Buffer };

export type ApplyOptions = {
  migrationsDir?: string;
  log?: (msg: string) => void;
  /** How long to wait for another runner's lock before giving up. */
  lockTimeoutMs?: number;
  /**
   * The app's database role (lib/db/app-role.ts): its grants are re-applied after the
   * migrations, under the same lock, so new tables are covered and concurrent runs do
   * not grant over each other. Skipped, with a note, while the role does not exist.
   */
  appRole?: string;
};

/** A refusal or failure that needs a person; the message says what and where. */
export class MigrationError extends Error {
  override name = "MigrationError";
}

/** sha256 hex of the file bytes: the value Prisma stores in `checksum`. */
export function migrationChecksum(bytes: Buffer | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

// Prisma accepts a checksum computed with the other line-ending convention, since
// git may check the same file out with CRLF on Windows and LF elsewhere.
function matchesChecksum(bytes: Buffer, stored: string): boolean {
  const text = bytes.toString("utf8");
  const lf = text.replace(/\r\n/g, "\n");
  return [bytes, lf, lf.replace(/\n/g, "\r\n")].some((v) => migrationChecksum(v) === stored);
}

/** The migrations on disk, in the order Prisma applies them (directory name, bytewise). */
export function listMigrations(dir: string): MigrationFile[] {
  if (!existsSync(dir)) throw new MigrationError(`Migrations directory not found: ${dir}`);
  checkLockFileProvider(dir);
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return names.map((name) => {
    const file = path.join(dir, name, "migration.sql");
    if (!existsSync(file)) throw new MigrationError(`Migration "${name}" has no migration.sql (${file}).`);
    const bytes = readFileSync(file);
    return { name, bytes, sql: bytes.toString("utf8"), checksum: migrationChecksum(bytes) };
  });
}

// Prisma refuses migrations written for another database; so do we.
function checkLockFileProvider(dir: string): void {
  const lockFile = path.join(dir, "migration_lock.toml");
  if (!existsSync(lockFile)) return;
  const provider = /^\s*provider\s*=\s*"([^"]*)"/m.exec(readFileSync(lockFile, "utf8"))?.[1];
  if (provider && provider !== "postgresql") {
    throw new MigrationError(`${lockFile} says provider "${provider}"; these migrations are not for PostgreSQL.`);
  }
}

type HistoryRow = {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
  started_at: unknown;
};

// Advisory locks are re-entrant within one session, so they cannot keep apart two
// runners that share a connection (PGlite has only one). Queue those in-process.
const runsByClient = new WeakMap<SqlClient, Promise<unknown>>();

function oneRunPerClient<T>(client: SqlClient, run: () => Promise<T>): Promise<T> {
  const next = (runsByClient.get(client) ?? Promise.resolve()).catch(() => undefined).then(run);
  runsByClient.set(client, next);
  return next;
}

export function applyMigrations(client: SqlClient, opts: ApplyOptions = {}): Promise<{ applied: string[] }> {
  const dir = opts.migrationsDir ?? path.resolve("prisma/migrations");
  const log = opts.log ?? (() => {});
  return oneRunPerClient(client, async () => {
    // Read the files before taking the lock: a broken checkout fails without waiting.
    const migrations = listMigrations(dir);
    await acquireLock(client, opts.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS);
    let failed = false;
    try {
      // Created under the lock so two first-time runners do not race on it.
      await client.exec(CREATE_MIGRATIONS_TABLE);
      const pending = pendingMigrations(migrations, await readHistory(client));
      pending.forEach(refuseTransactionControl);
      const applied: string[] = [];
      for (const migration of pending) {
        log(`Applying migration ${migration.name}`);
        await applyOne(client, migration);
        applied.push(migration.name);
      }
      if (opts.appRole) await regrant(client, opts.appRole, log);
      return { applied };
    } catch (err) {
      failed = true;
      throw err;
    } finally {
      // A failed unlock after an earlier error would only hide that error; the
      // session ending releases the lock anyway.
      try {
        await client.query(`SELECT pg_advisory_unlock(${PRISMA_MIGRATE_LOCK_KEY})`);
      } catch (unlockErr) {
        if (!failed) throw unlockErr;
      }
    }
  });
}

async function regrant(client: SqlClient, role: string, log: (msg: string) => void): Promise<void> {
  const exists = await client.query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [role]);
  if (exists.length === 0) {
    log(`The app's database role "${role}" does not exist yet: run \`npm run db:roles\` (README).`);
    return;
  }
  await grantAppRole(client, role);
}

// pg_advisory_lock waits forever by default; bound the wait with lock_timeout for
// this one statement and restore the session's own setting afterwards.
async function acquireLock(client: SqlClient, timeoutMs: number): Promise<void> {
  const [row] = await client.query<{ previous: string }>("SELECT current_setting('lock_timeout') AS previous");
  await client.query("SELECT set_config('lock_timeout', $1, false)", [`${Math.max(1, Math.round(timeoutMs))}ms`]);
  try {
    await client.query(`SELECT pg_advisory_lock(${PRISMA_MIGRATE_LOCK_KEY})`);
  } catch (err) {
    if ((err as { code?: string }).code === "55P03") {
      throw new MigrationError(
        `Another migration run has held the migration lock (pg_advisory_lock(${PRISMA_MIGRATE_LOCK_KEY})) ` +
          `for more than ${timeoutMs} ms; try again when it has finished.`,
        { cause: err },
      );
    }
    throw err;
  } finally {
    await client.query("SELECT set_config('lock_timeout', $1, false)", [row?.previous ?? "0"]);
  }
}

async function readHistory(client: SqlClient): Promise<HistoryRow[]> {
  return client.query<HistoryRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at, started_at
       FROM "${MIGRATIONS_TABLE}" ORDER BY started_at, migration_name`,
  );
}

// Decides what to run, refusing before anything is applied if the recorded history
// and the files disagree. Rows marked rolled back (`prisma migrate resolve
// --rolled-back`) count as never applied, as in Prisma.
function pendingMigrations(migrations: MigrationFile[], history: HistoryRow[]): MigrationFile[] {
  const live = history.filter((row) => row.rolled_back_at == null);
  const failed = live.filter((row) => row.finished_at == null);
  if (failed.length > 0) {
    const names = failed.map((row) => `"${row.migration_name}"`).join(", ");
    throw new MigrationError(
      `Refusing to migrate: migration ${names} started but never finished (a failed ` +
        `\`prisma migrate deploy\`?). Repair the database by hand, then mark the row in ` +
        `${MIGRATIONS_TABLE} as rolled back (rolled_back_at = now()) or finished.`,
    );
  }
  const onDisk = new Map(migrations.map((m) => [m.name, m]));
  for (const row of live) {
    const file = onDisk.get(row.migration_name);
    if (!file) {
      throw new MigrationError(
        `Refusing to migrate: migration "${row.migration_name}" is recorded as applied in ` +
          `${MIGRATIONS_TABLE} but is not in the migrations directory. Restore it; do not delete applied migrations.`,
      );
    }
    if (!matchesChecksum(file.bytes, row.checksum)) {
      throw new MigrationError(
        `Refusing to migrate: migration "${row.migration_name}" was modified after it was applied ` +
          `(checksum ${file.checksum} on disk, ${row.checksum} in the database). Revert the edit ` +
          `and put the change in a new migration.`,
      );
    }
  }
  const appliedNames = new Set(live.map((row) => row.migration_name));
  return migrations.filter((m) => !appliedNames.has(m.name));
}

// A BEGIN/COMMIT of the file's own would end our transaction early and break
// all-or-nothing, so such a file is refused before anything runs.
function refuseTransactionControl(migration: MigrationFile): void {
  const statement = /^\s*(BEGIN|COMMIT|ROLLBACK|START\s+TRANSACTION)\s*;/im.exec(migration.sql);
  if (statement) {
    throw new MigrationError(
      `Migration "${migration.name}" contains its own "${statement[1]}"; remove it, each migration already runs in a transaction.`,
    );
  }
}

// One transaction per migration, history row included, so it is all or nothing.
// Statements PostgreSQL refuses inside a transaction (CREATE INDEX CONCURRENTLY,
// ALTER TYPE ... ADD VALUE followed by a use of the value) need a migration of their own
// and a different approach; the error below names the migration.
async function applyOne(client: SqlClient, migration: MigrationFile): Promise<void> {
  await client.exec("BEGIN");
  try {
    await client.exec(migration.sql);
    await client.query(
      `INSERT INTO "${MIGRATIONS_TABLE}" (id, checksum, migration_name, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, clock_timestamp(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await client.exec("COMMIT");
  } catch (err) {
    await client.exec("ROLLBACK").catch(() => undefined);
    const reason = err instanceof Error ? err.message : String(err);
    throw new MigrationError(`Migration "${migration.name}" failed and was rolled back: ${reason}`, { cause: err });
  }
}
