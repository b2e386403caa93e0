// The embedded PostgreSQL (PGlite) used when no DATABASE_URL is configured: one
// directory on disk, opened by one process at a time.
import path from "node:path";
import { mkdirSync } from "node:fs";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";

export const DEFAULT_EMBEDDED_DIR = ".data/pglite";

// The extensions the migrations create (search: accent folding, trigram similarity).
// PGlite ships their code as separate bundles and loads one only when the instance is
// told about it, so every PGlite that opens our database must be made here: without
// them a query or trigger that uses unaccent fails.
const EXTENSIONS = { unaccent, pg_trgm };

/** A PGlite instance (in memory without `dir`) able to run our migrations and queries. */
export function newPGlite(dir?: string, options: Omit<PGliteOptions, "extensions" | "dataDir"> = {}): PGlite {
  // One options object: PGlite reads its second argument only when the first is a path.
  return new PGlite({ ...options, ...(dir ? { dataDir: dir } : {}), extensions: EXTENSIONS });
}

export function embeddedDataDir(): string {
  // The ignore comment keeps the bundler from tracing the whole project through this
  // runtime path.
  return path.resolve(/*turbopackIgnore: true*/ process.env.EMBEDDED_DB_DIR ?? DEFAULT_EMBEDDED_DIR);
}

export async function openEmbedded(dir: string = embeddedDataDir()): Promise<PGlite> {
  mkdirSync(dir, { recursive: true });
  const db = newPGlite(dir);
  await db.waitReady;
  return db;
}
