// The embedded PostgreSQL (PGlite) used when no DATABASE_URL is configured: one
// directory on disk, opened by one process at a time.
import path from "node:path";
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";

export const DEFAULT_EMBEDDED_DIR = ".data/pglite";

export function embeddedDataDir(): string {
  // The ignore comment keeps the bundler from tracing the whole project through this
  // runtime path.
  return path.resolve(/*turbopackIgnore: true*/ process.env.EMBEDDED_DB_DIR ?? DEFAULT_EMBEDDED_DIR);
}

export async function openEmbedded(dir: string = embeddedDataDir()): Promise<PGlite> {
  mkdirSync(dir, { recursive: true });
  const db = new PGlite(dir);
  await db.waitReady;
  return db;
}
