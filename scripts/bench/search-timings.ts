// Server time of searches at meeting scale (issue 12): the two statements a search
// page runs (lib/search/search-sql.ts), sent from here over one connection as the
// app's role — so the figure is the database's work plus the round trips, without
// the page around it (the search page itself is one of the hot pages under load).
// Typical queries in four groups: one word, two words, the start of a word (a
// prefix), and searches narrowed by filters; the targets are p95 ≤ 50 ms for the
// first three and ≤ 100 ms with filters. As in the search box, the last word typed
// is also matched as a prefix.
import pg from "pg";
import type { Viewer } from "@/lib/auth/viewer";
import { hitsSql, matchesSql, type TMatchesRow } from "@/lib/search/search-sql";
import type { TSearchFilters } from "@/lib/validation/search";

export type TSearchTiming = {
  group: string;
  queries: string[];
  samples: number;
  /** The fastest search: its cost with nothing else in the way, on a busy machine. */
  min: number;
  p50: number;
  p95: number;
  max: number;
  /** Matches the viewer may read, per query (first run). */
  matches: number[];
  targetMs: number;
};

type TQuery = { q: string; filters?: Partial<TSearchFilters> };
type TFilterIds = { meetingId: string; themeId: string; delegationId: string };

/** The queries, in English, French and Spanish, over the benchmark's corpus. */
function searchQueries(ids: TFilterIds): Record<string, { targetMs: number; queries: TQuery[] }> {
  return {
    "one word": {
      targetMs: 50,
      queries: [{ q: "recruitment" }, { q: "travailleurs" }, { q: "delegación" }, { q: "C189" }, { q: "portability" }, { q: "circular" }],
    },
    "two words": {
      targetMs: 50,
      queries: [{ q: "recruitment fees" }, { q: "travailleurs migrants" }, { q: "protección social" }, { q: "capital briefing" }, { q: "bilateral agreements" }],
    },
    prefix: {
      targetMs: 50,
      queries: [{ q: "recru" }, { q: "migra" }, { q: "trabaj" }, { q: "portab" }, { q: "délég" }],
    },
    "with filters": {
      targetMs: 100,
      queries: [
        { q: "recruitment", filters: { kind: "note" } },
        { q: "migration", filters: { scope: "group" } },
        { q: "capital", filters: { meeting: ids.meetingId, kind: "comment", page: 2 } },
        { q: "fees", filters: { from: "2013-07-01", to: "2013-08-31" } },
        { q: "travailleurs", filters: { theme: ids.themeId } },
        { q: "protección", filters: { delegation: ids.delegationId } },
      ],
    },
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;
}

async function loadViewer(client: pg.Client, email: string): Promise<Viewer> {
  const { rows } = await client.query<{ id: string; name: string; role: Viewer["role"]; locale: Viewer["locale"]; did: string | null; dname: string | null; dgroup: NonNullable<Viewer["delegation"]>["group"] | null }>(
    `SELECT u.id, u.name, u.role, u.locale, d.id AS did, d.name AS dname, d."group" AS dgroup
       FROM "User" u LEFT JOIN "Delegation" d ON d.id = u."delegationId" WHERE u.email = $1`,
    [email],
  );
  const u = rows[0];
  if (!u) throw new Error(`No ${email} to search as.`);
  return {
    userId: u.id,
    sessionId: "bench",
    email,
    name: u.name,
    role: u.role,
    locale: u.locale,
    delegation: u.did && u.dname && u.dgroup ? { id: u.did, name: u.dname, group: u.dgroup } : null,
  };
}

/** One search as the page runs it: both statements; returns the matches counted. */
async function runSearch(client: pg.Client, viewer: Viewer, query: TQuery): Promise<number> {
  const filters: TSearchFilters = { page: 1, ...query.filters };
  const matches = matchesSql(viewer, query.q, filters);
  const { rows } = await client.query<TMatchesRow>(matches.text, matches.values);
  const row = rows[0];
  const ids = row?.shownIds ?? [];
  if (ids.length > 0) {
    const hits = hitsSql(viewer, query.q, row!.shownKinds ?? [], ids);
    await client.query(hits.text, hits.values);
  }
  return Object.values(row?.counts ?? {}).reduce((sum, n) => sum + (n ?? 0), 0);
}

/** Times every query `runs` times (after one warm-up each), as `email`, on `url` (the app's role). */
export async function timeSearches(url: string, email: string, runs = 20): Promise<TSearchTiming[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const viewer = await loadViewer(client, email);
    const { rows } = await client.query<TFilterIds>(
      `SELECT (SELECT id FROM "Meeting" WHERE slug = 'hld-2013') AS "meetingId",
              (SELECT t.id FROM "Theme" t JOIN "Meeting" m ON m.id = t."meetingId" WHERE m.slug = 'ttm-2013' ORDER BY t.position LIMIT 1) AS "themeId",
              (SELECT id FROM "Delegation" WHERE name = 'Government of the Philippines') AS "delegationId"`,
    );
    const timings: TSearchTiming[] = [];
    for (const [group, { targetMs, queries }] of Object.entries(searchQueries(rows[0]!))) {
      const samples: number[] = [];
      const matches: number[] = [];
      for (const query of queries) matches.push(await runSearch(client, viewer, query));
      for (let i = 0; i < runs; i++) {
        for (const query of queries) {
          const started = performance.now();
          await runSearch(client, viewer, query);
          samples.push(performance.now() - started);
        }
      }
      samples.sort((a, b) => a - b);
      timings.push({
        group,
        queries: queries.map((q) => (q.filters ? `${q.q} (${Object.keys(q.filters).join(", ")})` : q.q)),
        samples: samples.length,
        min: samples[0] ?? NaN,
        p50: percentile(samples, 50),
        p95: percentile(samples, 95),
        max: samples.at(-1) ?? NaN,
        matches,
        targetMs,
      });
    }
    return timings;
  } finally {
    await client.end();
  }
}
