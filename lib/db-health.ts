// Is this instance's database reachable? Asked by proxy.ts before every request so
// that, while PostgreSQL is down, pages answer 503 with a clear message instead of
// failing one by one — and answer normally again as soon as it is back.
//
// The answer is cached for two seconds per app instance: it describes this
// instance's own connection (like its connection pool does), not shared state, so it
// is safe with several instances. The probe uses its own one-connection pool, which
// drops broken connections and reconnects by itself.
import pg from "pg";

const CACHE_MS = 2000;
const TIMEOUT_MS = 2000;

type THealth = { pool?: pg.Pool; url?: string; checkedAt: number; ok: boolean; pending?: Promise<boolean> };
const holder = globalThis as unknown as { databaseHealth?: THealth };

function state(): THealth {
  return (holder.databaseHealth ??= { checkedAt: 0, ok: true });
}

function poolFor(url: string): pg.Pool {
  const s = state();
  if (!s.pool || s.url !== url) {
    void s.pool?.end().catch(() => {});
    s.pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: TIMEOUT_MS, idleTimeoutMillis: 10_000, query_timeout: TIMEOUT_MS });
    // A dropped idle connection must not crash the process; the next probe reconnects.
    s.pool.on("error", () => {});
    s.url = url;
  }
  return s.pool;
}

async function probe(url: string): Promise<boolean> {
  try {
    await poolFor(url).query("SELECT 1");
    return true;
  } catch {
    return false;
  }
}

/**
 * True when the database answers. Without a DATABASE_URL the app runs on the
 * embedded database inside this very process, which cannot be unreachable.
 */
export async function databaseAvailable(url: string | undefined, now = Date.now()): Promise<boolean> {
  if (!url) return true;
  const s = state();
  if (now - s.checkedAt < CACHE_MS) return s.ok;
  s.pending ??= probe(url).then((ok) => {
    Object.assign(s, { ok, checkedAt: Date.now(), pending: undefined });
    return ok;
  });
  return s.pending;
}

/** For tests: forget the cached answer. */
export function resetDatabaseHealth(): void {
  const s = state();
  s.checkedAt = 0;
}
