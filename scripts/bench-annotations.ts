// `npx tsx --conditions=react-server scripts/bench-annotations.ts [notes] [replies]`:
// how the theme page's note queries behave with many notes (default: 2,000 notes and
// 10,000 replies on RT2, all visible to delegate.lk). It builds a throw-away seeded
// database (on DATABASE_URL's server, or embedded), fills it, then times the loads the
// pages make and counts the Prisma calls each makes — which must not grow with the
// number of notes. A benchmark to rerun after changing lib/dal/annotations.ts, not a
// timed test: timings depend on the machine, so they are printed, not asserted.
// (The react-server condition lets the server-only data modules load outside Next.)
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
// Not a React hook, despite its name: it prepares a throw-away database.
import { useAppDatabase as prepareDatabase } from "../test/support/app-database";
import { viewerFor } from "../test/support/viewers";
import { createPGliteClient, createPostgresClient } from "../lib/db/prisma-factory";
import type { PrismaClient } from "../lib/generated/prisma/client";
import type { Scope } from "../lib/generated/prisma/enums";
import { renderBody } from "../lib/markdown/stored";

const NOTES = Number(process.argv[2] ?? 2000);
const REPLIES = Number(process.argv[3] ?? 10_000);
const RUNS = 7;

let prismaCalls = 0;

/** The app's client, wrapped to count calls; lib/db.ts picks it up from globalThis. */
async function installCountingClient() {
  const { newPGlite } = await import("../lib/db/embedded");
  const base: PrismaClient = process.env.DATABASE_URL
    ? createPostgresClient(process.env.DATABASE_URL, 4)
    : createPGliteClient(newPGlite(process.env.EMBEDDED_DB_DIR));
  const counting = base.$extends({
    query: {
      $allModels: {
        async $allOperations({ args, query }) {
          prismaCalls++;
          return query(args);
        },
      },
    },
  });
  (globalThis as { prisma?: unknown }).prisma = counting;
}

async function time<T>(label: string, run: () => Promise<T>, describe: (result: T) => string) {
  const durations: number[] = [];
  let calls = 0;
  let result: T | undefined;
  for (let i = 0; i < RUNS; i++) {
    const before = prismaCalls;
    const start = performance.now();
    result = await run();
    durations.push(performance.now() - start);
    calls = prismaCalls - before;
  }
  durations.sort((a, b) => a - b);
  const median = durations[Math.floor(RUNS / 2)]!;
  console.log(
    `${label.padEnd(44)} median ${median.toFixed(0).padStart(5)} ms, worst ${durations.at(-1)!.toFixed(0).padStart(5)} ms, ${calls} Prisma calls — ${describe(result!)}`,
  );
}

async function main() {
  const cleanup = await prepareDatabase();
  try {
    await installCountingClient();
    const { db } = await import("../lib/db");
    const dal = await import("../lib/dal/annotations");

    const theme = await db.theme.findFirstOrThrow({
      where: { code: "RT2", meeting: { slug: "hld-2013" } },
      select: { id: true, code: true, meeting: { select: { slug: true } }, paragraphs: { orderBy: { position: "asc" }, select: { id: true, position: true, text: true } } },
    });
    const authors = await db.user.findMany({
      where: { email: { in: ["head.lk@gov.demo", "delegate.lk@gov.demo", "adviser.lk@gov.demo", "delegate.ph@gov.demo"] } },
      select: { id: true, email: true, delegationId: true },
    });
    const lkAuthors = authors.filter((a) => a.email.endsWith("lk@gov.demo"));

    // Deterministic pseudo-random data, so runs are comparable.
    let seed = 2013;
    const rand = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
    const TAGS = ["C189", "C97", "fair recruitment", "domestic work", "trafficking", "R202", "social protection", "follow-up"];

    console.log(`Writing ${NOTES} notes and ${REPLIES} replies on RT2…`);
    const notes = Array.from({ length: NOTES }, (_, i) => {
      const scope: Scope = i % 10 < 4 ? "ALL" : i % 10 < 7 ? "GROUP" : "DELEGATION";
      const author = scope === "DELEGATION" ? pick(lkAuthors) : pick(authors);
      const onTheme = rand() < 0.1;
      const paragraph = pick(theme.paragraphs);
      const start = Math.floor(rand() * (paragraph.text.length - 60));
      const end = start + 10 + Math.floor(rand() * 50);
      const body = `Benchmark note ${i}: ${"a considered remark about the passage. ".repeat(1 + (i % 6))}`;
      return {
        id: randomUUID(),
        themeId: theme.id,
        authorId: author.id,
        delegationId: author.delegationId!,
        group: "GOVERNMENT" as const,
        scope,
        body,
        // Stored rendered, as the app writes notes (lib/markdown).
        ...renderBody(body),
        tags: [pick(TAGS), pick(TAGS)].filter((t, j, all) => all.indexOf(t) === j),
        paragraphId: onTheme ? null : paragraph.id,
        quoteExact: onTheme ? null : paragraph.text.slice(start, end),
        quotePrefix: onTheme ? null : paragraph.text.slice(Math.max(0, start - 32), start),
        quoteSuffix: onTheme ? null : paragraph.text.slice(end, end + 32),
        positionStart: onTheme ? null : start,
        positionEnd: onTheme ? null : end,
        resolvedAt: rand() < 0.2 ? new Date() : null,
      };
    });
    for (let i = 0; i < notes.length; i += 1000) await db.annotation.createMany({ data: notes.slice(i, i + 1000) });
    const replies = Array.from({ length: REPLIES }, (_, i) => {
      const note = notes[i % notes.length]!;
      const author = note.scope === "DELEGATION" ? pick(lkAuthors) : pick(authors);
      const body = `Reply ${i}: agreed, with a nuance.`;
      return { annotationId: note.id, authorId: author.id, delegationId: author.delegationId!, body, ...renderBody(body) };
    });
    for (let i = 0; i < replies.length; i += 2000) await db.annotationReply.createMany({ data: replies.slice(i, i + 2000) });

    const viewer = await viewerFor("delegate.lk@gov.demo");
    const employer = await viewerFor("head.ioe@employers.demo");
    console.log(`Loads as ${viewer.email} (every note visible), ${RUNS} runs each:`);
    await time("theme page, first page of notes", () => dal.loadThemeNotes(viewer, theme, "{}"), (r) => `${r.total} notes, ${r.notes.length} shown, ${r.notes.reduce((n, x) => n + x.replies.length, 0)} replies shown, ${Object.keys(r.highlightNotes).length} highlights`);
    const loaded = await dal.loadThemeNotes(viewer, theme, "{}");
    const segments = loaded.paragraphs.flatMap((p) => p.segments).filter((x) => x.noteIds.length > 0);
    const described = segments.reduce((n, x) => n + Math.min(3, x.noteIds.length), 0);
    console.log(`${"highlighted runs of text".padEnd(44)} ${segments.length} links, ${described} note descriptions (at most 3 per link)`);
    await time("theme page, last page", () => dal.loadThemeNotes(viewer, theme, JSON.stringify({ page: 10_000 })), (r) => `page ${r.page} of ${r.pageCount}`);
    await time("theme page, filtered by tag and status", () => dal.loadThemeNotes(viewer, theme, JSON.stringify({ tag: "C189", status: "open" })), (r) => `${r.total} matching`);
    await time("theme page as head.ioe (public notes only)", () => dal.loadThemeNotes(employer, theme, "{}"), (r) => `${r.total} notes`);
    await time("meeting page counts", () => dal.countThemeNotesForMeeting(viewer, "hld-2013"), (r) => `RT2: ${r.RT2?.total} notes, ${r.RT2?.fresh} new`);
    await time("one note's page", () => dal.findNoteForViewer(viewer, "hld-2013", "RT2", notes[0]!.id), (r) => `${r?.note.replies.length} replies`);
    await time("home page, recent notes", () => dal.listRecentNotesForViewer(viewer), (r) => `${r.length} notes`);
  } finally {
    await cleanup();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
