// `npx tsx --conditions=react-server scripts/bench-actions.ts`: the follow-up actions
// list, board and CSV export on 20,000 actions (issue 4, "Performance"). Rerunnable:
// it tops the database up to 20,000 actions titled "[bench] …" (spread over the
// demo delegations, about 2,000 visible to delegate.lk) and leaves them for the next
// run; `--clean` removes them. Runs against DATABASE_URL, else the embedded database
// (stop `npm start` first: PGlite allows one process). Prints timings and the number
// of SQL statements each read sends; a benchmark, not a test: nothing fails on time.
// (`--conditions=react-server` lets the app's server-only modules load outside Next.)
import { performance } from "node:perf_hooks";
import { connectForScript } from "../lib/db/connect-for-script";
import { PrismaClient } from "../lib/generated/prisma/client";
import { PrismaPg } from "@prisma/adapter-pg";
import type { Viewer } from "../lib/auth/viewer";
import { renderDescription } from "../lib/markdown/stored";

const TOTAL = 20_000;
const PREFIX = "[bench] ";
const RUNS = 5;

async function main() {
  const connection = await connectForScript();
  console.log(`Benchmarking on the ${connection.target}.`);
  // The app reads globalThis.prisma (lib/db.ts): give it a client that reports each
  // statement, so the counts below are what PostgreSQL receives.
  let statements = 0;
  const url = process.env.DATABASE_URL;
  const client = url
    ? new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }), log: [{ emit: "event", level: "query" }] })
    : connection.prisma();
  if (url) client.$on("query" as never, () => (statements += 1));
  (globalThis as { prisma?: unknown }).prisma = client;

  if (process.argv.includes("--clean")) {
    const { count } = await client.followUpAction.deleteMany({ where: { title: { startsWith: PREFIX } } });
    console.log(`Removed ${count} bench actions.`);
    await connection.close();
    return;
  }

  await topUp(client);
  const { listActionsForViewer, listBoardForViewer } = await import("../lib/dal/actions");
  const { loadActionDirectory } = await import("../lib/dal/actions-directory");
  const { exportActionsCsv } = await import("../lib/dal/actions-export");
  const { parseActionFilters } = await import("../lib/follow-up/filters");
  const { createTranslator } = await import("../lib/i18n/translator");
  const viewer = await viewerFor(client, "delegate.lk@gov.demo");
  const directory = await loadActionDirectory(viewer);

  const time = async (label: string, run: () => Promise<string>) => {
    const times: number[] = [];
    let detail = "";
    let sent = 0;
    for (let i = 0; i < RUNS; i++) {
      statements = 0;
      const start = performance.now();
      detail = await run();
      times.push(performance.now() - start);
      sent = statements;
    }
    times.sort((a, b) => a - b);
    const counted = url ? `${sent} statements, ` : "";
    console.log(`${label.padEnd(58)} median ${times[RUNS >> 1]!.toFixed(1).padStart(7)} ms  (${counted}${detail})`);
  };

  for (const query of ["", "assignee=any", "assignee=any&status=all", "assignee=any&priority=HIGH&overdue=1", "assignee=any&status=all&sort=title&page=40"]) {
    await time(`list ?${query}`, async () => {
      const page = await listActionsForViewer(viewer, parseActionFilters(new URLSearchParams(query)), { directory });
      return `${page.total} rows match, ${page.rows.length} shown`;
    });
  }
  await time("board ?assignee=any", async () => {
    const board = await listBoardForViewer(viewer, parseActionFilters({ assignee: "any" }));
    return `${board.columns.reduce((n, c) => n + c.rows.length, 0)} cards`;
  });
  await time("CSV export ?assignee=any&status=all", async () => {
    const stream = exportActionsCsv(viewer, parseActionFilters({ assignee: "any", status: "all" }), createTranslator("en"), "https://example.org");
    let bytes = 0;
    let lines = 0;
    for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.byteLength;
      for (const b of chunk) if (b === 10) lines += 1;
    }
    return `${lines - 1} rows, ${(bytes / 1024).toFixed(0)} KiB, streamed in batches of 500`;
  });
  await connection.close();
}

async function viewerFor(client: PrismaClient, email: string): Promise<Viewer> {
  const user = await client.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, email: true, name: true, role: true, locale: true, delegation: { select: { id: true, name: true, group: true } } },
  });
  return { userId: user.id, sessionId: "bench", email: user.email, name: user.name, role: user.role, locale: user.locale, delegation: user.delegation };
}

/** Adds bench actions until there are 20,000: 10% Sri Lanka's, the rest elsewhere. */
async function topUp(client: PrismaClient) {
  const existing = await client.followUpAction.count({ where: { title: { startsWith: PREFIX } } });
  if (existing >= TOTAL) return console.log(`${existing} bench actions already there.`);
  const users = await client.user.findMany({
    where: { delegationId: { not: null }, role: { not: "ADVISER" } },
    select: { id: true, delegationId: true, delegation: { select: { group: true, name: true } } },
  });
  if (users.length === 0) throw new Error("No delegation members: seed the demo accounts first (npm run db:seed -- --demo).");
  const lk = users.filter((u) => u.delegation?.name === "Government of Sri Lanka");
  const others = users.filter((u) => u.delegation?.group !== "GOVERNMENT");
  const themes = await client.theme.findMany({ select: { id: true, meetingId: true } });
  const statuses = ["OPEN", "IN_PROGRESS", "BLOCKED", "DONE", "CANCELLED"] as const;
  const priorities = ["LOW", "MEDIUM", "HIGH"] as const;
  const missing = TOTAL - existing;
  for (let offset = 0; offset < missing; offset += 1000) {
    const data = Array.from({ length: Math.min(1000, missing - offset) }, (_, k) => {
      const i = existing + offset + k;
      // Every tenth action is Sri Lanka's (about 2,000 visible to its delegate); the
      // rest belong to employers, workers and observers, whom Sri Lanka cannot see.
      const pool = i % 10 === 0 && lk.length > 0 ? lk : others.length > 0 ? others : users;
      const owner = pool[i % pool.length]!;
      const theme = themes[i % themes.length];
      return {
        title: `${PREFIX}Follow-up ${i}`,
        ...renderDescription(""),
        scope: owner.delegation!.group === "OBSERVER" || i % 3 === 0 ? ("DELEGATION" as const) : ("GROUP" as const),
        delegationId: owner.delegationId!,
        group: owner.delegation!.group,
        creatorId: owner.id,
        assigneeId: i % 5 === 0 ? null : owner.id,
        themeId: theme?.id ?? null,
        meetingId: theme?.meetingId ?? null,
        status: statuses[i % statuses.length]!,
        priority: priorities[i % priorities.length]!,
        dueOn: i % 9 === 0 ? null : new Date(Date.UTC(2013, 8, 1 + (i % 120))),
      };
    });
    await client.followUpAction.createMany({ data });
  }
  console.log(`Added ${missing} bench actions (now ${TOTAL}).`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
