// The actions list must answer in one or two queries per page whatever the filters,
// and the CSV export must stream (issue 4, "Performance"). These count the SQL
// statements PostgreSQL actually receives, on a few thousand actions. Timings are
// not asserted here; scripts/bench-actions.ts measures them on 20,000.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newPGlite } from "@/lib/db/embedded";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import { useAppDatabase } from "../support/app-database";
import { viewerFor } from "../support/viewers";

let cleanup: () => Promise<void>;
let statements: string[] = [];
let dal: typeof import("@/lib/dal/actions");
let directoryModule: typeof import("@/lib/dal/actions-directory");
let exporter: typeof import("@/lib/dal/actions-export");
let parseActionFilters: typeof import("@/lib/follow-up/filters").parseActionFilters;
let createTranslator: typeof import("@/lib/i18n/translator").createTranslator;
let delegateLk: Viewer;
let visibleToDelegateLk = 0;

beforeAll(async () => {
  cleanup = await useAppDatabase();
  // The app's client (lib/db.ts) is whatever sits on globalThis.prisma: put one there
  // that reports every statement it sends.
  const log = [{ emit: "event", level: "query" }] as const;
  const client = process.env.DATABASE_URL
    ? new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }), log: [...log] })
    : new PrismaClient({ adapter: new PrismaPGlite(newPGlite(process.env.EMBEDDED_DB_DIR!)), log: [...log] });
  client.$on("query", (e) => statements.push(e.query));
  (globalThis as { prisma?: unknown }).prisma = client;

  dal = await import("@/lib/dal/actions");
  directoryModule = await import("@/lib/dal/actions-directory");
  exporter = await import("@/lib/dal/actions-export");
  ({ parseActionFilters } = await import("@/lib/follow-up/filters"));
  ({ createTranslator } = await import("@/lib/i18n/translator"));
  delegateLk = await viewerFor("delegate.lk@gov.demo");

  const person = (email: string) => client.user.findUniqueOrThrow({ where: { email }, select: { id: true, delegationId: true } });
  const [lk, ph, ioe] = await Promise.all([person("delegate.lk@gov.demo"), person("delegate.ph@gov.demo"), person("head.ioe@employers.demo")]);
  const themes = await client.theme.findMany({ select: { id: true, meetingId: true } });
  const statuses = ["OPEN", "IN_PROGRESS", "BLOCKED", "DONE", "CANCELLED"] as const;
  const priorities = ["LOW", "MEDIUM", "HIGH"] as const;
  // 2,200 actions Sri Lanka's delegate may see (its delegation's and the governments'
  // group actions) among 3,000.
  const rows = Array.from({ length: 3000 }, (_, i) => {
    const owner = i % 3 === 0 ? ph : i % 5 === 0 ? ioe : lk;
    const scope = owner === ph || i % 2 === 0 ? ("GROUP" as const) : ("DELEGATION" as const);
    const theme = themes[i % themes.length]!;
    return {
      title: `Perf ${i}`,
      scope,
      delegationId: owner.delegationId!,
      group: owner === ioe ? ("EMPLOYERS" as const) : ("GOVERNMENT" as const),
      creatorId: owner.id,
      assigneeId: i % 4 === 0 ? null : owner.id === ioe.id ? ioe.id : i % 2 ? lk.id : ph.id,
      themeId: theme.id,
      meetingId: theme.meetingId,
      status: statuses[i % statuses.length]!,
      priority: priorities[i % priorities.length]!,
      dueOn: i % 7 === 0 ? null : new Date(Date.UTC(2013, 8, 1 + (i % 90))),
    };
  });
  await client.followUpAction.createMany({ data: rows });
  visibleToDelegateLk = rows.filter((r) => (r.scope === "GROUP" && r.group === "GOVERNMENT") || r.delegationId === lk.delegationId).length;
}, 120_000);
afterAll(async () => cleanup?.());

const FILTERS = [
  "",
  "assignee=any",
  "assignee=any&status=all",
  "assignee=none&status=DONE",
  "assignee=any&priority=HIGH&overdue=1",
  "assignee=any&dueBefore=2013-10-01&sort=priority&dir=desc",
  "assignee=any&sort=title&page=7",
  "assignee=any&status=all&sort=updated&dir=desc&page=80",
];

describe("[actions] query counts", () => {
  it.each(FILTERS)("one page of the list with %j takes exactly two statements", async (query) => {
    const filters = parseActionFilters(new URLSearchParams(query));
    const directory = await directoryModule.loadActionDirectory(delegateLk);
    statements = [];
    const page = await dal.listActionsForViewer(delegateLk, filters, { directory });
    expect(statements).toHaveLength(2);
    expect(page.rows.length).toBeLessThanOrEqual(25);
    if (query === "assignee=any&status=all") expect(page.total).toBe(visibleToDelegateLk);
  });

  it("the board takes two statements whatever the filters", async () => {
    await directoryModule.loadActionDirectory(delegateLk);
    for (const query of ["", "assignee=any", "assignee=any&priority=LOW"]) {
      statements = [];
      const board = await dal.listBoardForViewer(delegateLk, parseActionFilters(new URLSearchParams(query)));
      // Two for the cards and counts, plus the directory (meetings, themes, people).
      expect(statements.filter((s) => s.includes('"FollowUpAction"'))).toHaveLength(2);
      expect(board.columns).toHaveLength(5);
    }
  });

  it("the CSV export streams in batches of 500, reading each only when asked", async () => {
    const filters = parseActionFilters({ assignee: "any", status: "all" });
    statements = [];
    const reader = exporter.exportActionsCsv(delegateLk, filters, createTranslator("en"), "https://example.org").getReader();
    const actionQueries = () => statements.filter((s) => s.includes('FROM "public"."FollowUpAction"')).length;
    const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
    let text = decoder.decode((await reader.read()).value);
    expect(actionQueries()).toBe(0);
    text += decoder.decode((await reader.read()).value);
    expect(actionQueries()).toBe(1);
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += decoder.decode(chunk.value);
    expect(actionQueries()).toBe(Math.floor(visibleToDelegateLk / 500) + 1);
    expect(text.trimEnd().split("\r\n")).toHaveLength(visibleToDelegateLk + 1);
  });
});
