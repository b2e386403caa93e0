// Every figure of the preparation dashboard, for seven delegation members and the
// secretariat, against queries written here in SQL straight from the rules of
// DESIGN.md ("Who sees what") — not through the visibility builders the dashboard
// uses — on the demo's story as of its workspace date.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase } from "../support/app-database";
import { viewerFor } from "../support/viewers";
import type { Viewer } from "@/lib/auth/viewer";
import type { TDelegationFigures } from "@/lib/dashboard/delegation-figures";
import type { TReadiness } from "@/lib/dal/dashboard-readiness";

const TODAY = "2013-09-16";
const before = process.env.WORKSPACE_DATE;
process.env.WORKSPACE_DATE = TODAY;

const MEMBERS = ["head.lk@gov.demo", "delegate.lk@gov.demo", "adviser.lk@gov.demo", "delegate.ph@gov.demo", "head.ioe@employers.demo", "head.ituc@workers.demo", "observer.iom@observers.demo"];

let cleanup: () => Promise<void>;
let db: typeof import("@/lib/db").db;

type TActionRow = { id: string; title: string; status: string; due: string | null; theme_id: string | null; meeting_id: string | null; assignee: string | null };
type TThemeRow = { id: string; code: string; meeting_id: string; slug: string; starts_on: string | null };

beforeAll(async () => {
  cleanup = await useAppDatabase();
  ({ db } = await import("@/lib/db"));
  const { seedDemoStory } = await import("@/lib/seed/seed-demo-story");
  await seedDemoStory(db);
}, 120_000);
afterAll(async () => {
  await cleanup?.();
  if (before === undefined) delete process.env.WORKSPACE_DATE;
  else process.env.WORKSPACE_DATE = before;
});

const UNFINISHED = ["OPEN", "IN_PROGRESS", "BLOCKED"];

/** The figures of one member's dashboard, computed in SQL from the rules. */
async function expectedFor(viewer: Viewer) {
  const d = viewer.delegation!;
  const themes = await db.$queryRawUnsafe<TThemeRow[]>(
    `SELECT t.id, t.code, m.id AS meeting_id, m.slug, m."startsOn"::text AS starts_on FROM "Theme" t JOIN "Meeting" m ON m.id = t."meetingId"
     WHERE t."archivedAt" IS NULL AND m."archivedAt" IS NULL ORDER BY m."startsOn" NULLS LAST, m.position, t.position`,
  );
  // A delegation's own notes, in any scope: its members read them all.
  const notes = await db.$queryRawUnsafe<{ theme_id: string; total: number; unresolved: number }[]>(
    `SELECT "themeId" AS theme_id, count(*)::int AS total, count(*) FILTER (WHERE "resolvedAt" IS NULL)::int AS unresolved
     FROM "Annotation" WHERE "delegationId" = $1 AND "deletedAt" IS NULL AND "hiddenAt" IS NULL GROUP BY 1`,
    d.id,
  );
  const stances = await db.$queryRawUnsafe<{ theme_id: string; value: string }[]>(`SELECT "themeId" AS theme_id, value::text FROM "Stance" WHERE "delegationId" = $1`, d.id);
  const positions = await db.$queryRawUnsafe<{ theme_id: string; status: string; revision: number }[]>(
    `SELECT "themeId" AS theme_id, status::text, revision FROM "GroupPosition" WHERE "group"::text = $1`,
    d.group,
  );
  // Actions a member may read (their delegation's; their group's group-scope ones) that
  // are ours: written for our delegation, or assigned to one of us.
  const actions = await db.$queryRawUnsafe<TActionRow[]>(
    `SELECT a.id, a.title, a.status::text, a."dueOn"::text AS due, a."themeId" AS theme_id, a."meetingId" AS meeting_id, s.name AS assignee
     FROM "FollowUpAction" a LEFT JOIN "User" s ON s.id = a."assigneeId"
     WHERE a."deletedAt" IS NULL
       AND ((a.scope = 'DELEGATION' AND a."delegationId" = $1) OR (a.scope = 'GROUP' AND a."group"::text = $2))
       AND (a."delegationId" = $1 OR s."delegationId" = $1)`,
    d.id,
    d.group,
  );
  const holdsPositions = d.group !== "OBSERVER";
  const meetingOf = (a: TActionRow) => (a.theme_id ? themes.find((t) => t.id === a.theme_id)?.meeting_id : a.meeting_id) ?? null;
  const byTheme = themes.map((t) => {
    const own = notes.find((n) => n.theme_id === t.id);
    const position = positions.find((p) => p.theme_id === t.id);
    const onTheme = actions.filter((a) => a.theme_id === t.id);
    return {
      code: t.code,
      ourNotes: own?.total ?? 0,
      unresolvedThreads: own?.unresolved ?? 0,
      stance: holdsPositions ? (stances.find((s) => s.theme_id === t.id)?.value ?? null) : undefined,
      position: holdsPositions ? (position && position.revision > 0 ? position.status : "NONE") : undefined,
      openActions: onTheme.filter((a) => UNFINISHED.includes(a.status)).length,
      overdueActions: onTheme.filter((a) => UNFINISHED.includes(a.status) && a.due !== null && a.due < TODAY).length,
    };
  });
  const meetings = [...new Set(themes.map((t) => t.meeting_id))].map((id) => {
    const mine = themes.filter((t) => t.meeting_id === id);
    const figures = byTheme.filter((f) => mine.some((t) => t.code === f.code));
    const counted = actions.filter((a) => meetingOf(a) === id && a.status !== "CANCELLED");
    return {
      slug: mine[0]!.slug,
      themes: figures,
      progress: {
        stances: holdsPositions ? { done: figures.filter((f) => f.stance).length, total: figures.length } : null,
        positions: holdsPositions ? { done: figures.filter((f) => f.position === "AGREED" || f.position === "DELIVERED").length, total: figures.length } : null,
        actions: { done: counted.filter((a) => a.status === "DONE").length, total: counted.length },
      },
    };
  });
  const upcoming = themes.filter((t) => t.starts_on !== null && t.starts_on >= TODAY);
  const nextStepsTotal =
    actions.filter((a) => UNFINISHED.includes(a.status)).length +
    (holdsPositions ? upcoming.filter((t) => !stances.some((s) => s.theme_id === t.id)).length : 0) +
    (holdsPositions ? upcoming.filter((t) => !positions.some((p) => p.theme_id === t.id && (p.status === "AGREED" || p.status === "DELIVERED"))).length : 0);
  const assignees = new Map<string, Record<string, number>>();
  for (const a of actions.filter((a) => a.status !== "CANCELLED")) {
    const row = assignees.get(a.assignee ?? "") ?? { OPEN: 0, IN_PROGRESS: 0, BLOCKED: 0, DONE: 0 };
    row[a.status]! += 1;
    assignees.set(a.assignee ?? "", row);
  }
  return { meetings, nextStepsTotal, assignees, actions };
}

describe("[dashboard] a delegation's figures match what its member may read", () => {
  it.each(MEMBERS)("%s", async (email) => {
    const viewer = await viewerFor(email);
    const { loadDelegationDashboard } = await import("@/lib/dal/dashboard");
    const figures = (await loadDelegationDashboard(viewer)) as TDelegationFigures;
    const expected = await expectedFor(viewer);
    expect(figures.today).toBe(TODAY);
    expect(figures.meetings.map((m) => ({ slug: m.slug, themes: m.themes.map(({ title: _t, ...f }) => f), progress: m.progress }))).toEqual(expected.meetings);
    expect(figures.nextStepsTotal).toBe(expected.nextStepsTotal);
    expect(Object.fromEntries(figures.byAssignee.map((a) => [a.name ?? "", { OPEN: a.open, IN_PROGRESS: a.inProgress, BLOCKED: a.blocked, DONE: a.done }]))).toEqual(Object.fromEntries(expected.assignees));
    // The list of what to do next names only actions of ours, soonest first.
    const listed = figures.nextSteps.flatMap((s) => (s.kind === "action" ? [s.id] : []));
    for (const id of listed) expect(expected.actions.map((a) => a.id)).toContain(id);
    const dues = figures.nextSteps.map((s) => s.dueOn ?? "9999");
    expect(dues).toEqual([...dues].sort());
    // The demo gives each of them something to show.
    expect(expected.actions.length + expected.meetings.flatMap((m) => m.themes).reduce((n, t) => n + t.ourNotes, 0), email).toBeGreaterThan(0);
  });

  it("gives the burn-down of Sri Lanka's actions on the High-level Dialogue from its actions' days", async () => {
    const { loadDelegationDashboard } = await import("@/lib/dal/dashboard");
    const figures = (await loadDelegationDashboard(await viewerFor("head.lk@gov.demo")))!;
    const hld = figures.meetings.find((m) => m.slug === "hld-2013")!;
    const last = hld.burndown!.points.at(-1)!;
    expect(last.day).toBe(TODAY);
    const [row] = await db.$queryRawUnsafe<{ open: number; done: number }[]>(
      `SELECT count(*) FILTER (WHERE a.status IN ('OPEN','IN_PROGRESS','BLOCKED'))::int AS open, count(*) FILTER (WHERE a.status = 'DONE')::int AS done
       FROM "FollowUpAction" a LEFT JOIN "User" s ON s.id = a."assigneeId" LEFT JOIN "Theme" t ON t.id = a."themeId" JOIN "Meeting" m ON m.id = coalesce(t."meetingId", a."meetingId")
       JOIN "Delegation" d ON d.name = 'Government of Sri Lanka'
       WHERE m.slug = 'hld-2013' AND a."deletedAt" IS NULL AND (a."delegationId" = d.id OR s."delegationId" = d.id)
         AND ((a.scope = 'DELEGATION' AND a."delegationId" = d.id) OR (a.scope = 'GROUP' AND a."group" = 'GOVERNMENT'))`,
    );
    expect({ open: last.open, done: last.done }).toEqual(row);
    expect(hld.burndown!.openToday).toBe(row!.open);
  });
});

describe("[dashboard] the secretariat's readiness figures", () => {
  let readiness: TReadiness;
  beforeAll(async () => {
    const { loadReadiness } = await import("@/lib/dal/dashboard-readiness");
    readiness = (await loadReadiness(await viewerFor("secretariat@ilo.demo")))!;
  });

  it("counts each group's position statuses, recorded stances and public notes per theme", async () => {
    const rows = await db.$queryRawUnsafe<{ slug: string; code: string; group: string; status: string; stances: number; notes: number }[]>(
      `SELECT m.slug, t.code, g."group",
              coalesce((SELECT p.status::text FROM "GroupPosition" p WHERE p."themeId" = t.id AND p."group"::text = g."group" AND p.revision > 0), 'NONE') AS status,
              (SELECT count(*)::int FROM "Stance" s JOIN "Delegation" d ON d.id = s."delegationId" WHERE s."themeId" = t.id AND d.active AND d."group"::text = g."group") AS stances,
              (SELECT count(*)::int FROM "Annotation" a WHERE a."themeId" = t.id AND a.scope = 'ALL' AND a."deletedAt" IS NULL AND a."hiddenAt" IS NULL) AS notes
       FROM "Theme" t JOIN "Meeting" m ON m.id = t."meetingId" CROSS JOIN (VALUES ('GOVERNMENT'), ('EMPLOYERS'), ('WORKERS')) AS g("group")`,
    );
    expect(rows.length).toBe(8 * 3);
    for (const r of rows) {
      const theme = readiness.meetings.find((m) => m.slug === r.slug)!.themes.find((t) => t.code === r.code)!;
      const group = r.group as "GOVERNMENT" | "EMPLOYERS" | "WORKERS";
      expect({ status: theme.positions[group], stances: theme.stances[group], notes: theme.publicNotes }, `${r.code} ${r.group}`).toEqual({ status: r.status, stances: r.stances, notes: r.notes });
    }
  });

  it("counts delegations, and those that signed in or wrote something in the seven days up to the workspace date", async () => {
    const rows = await db.$queryRawUnsafe<{ group: string; delegations: number; active: number }[]>(
      `SELECT d."group"::text AS "group", count(*)::int AS delegations,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "AuditLog" l WHERE l."delegationId" = d.id AND l."createdAt" >= '2013-09-09'
                AND l.action NOT IN ('auth.sign_in_failed', 'auth.sign_in_throttled', 'authz.refused')))::int AS active
       FROM "Delegation" d WHERE d.active GROUP BY 1`,
    );
    expect(Object.fromEntries(readiness.groups.map((g) => [g.group, { delegations: g.delegations, active: g.active }]))).toEqual(
      Object.fromEntries(rows.map((r) => [r.group, { delegations: r.delegations, active: r.active }])),
    );
    expect(readiness.groups.reduce((n, g) => n + g.active, 0)).toBeGreaterThan(5);
  });

  it("is the secretariat's alone: a delegation member gets no readiness figures", async () => {
    const { loadReadiness } = await import("@/lib/dal/dashboard-readiness");
    for (const email of MEMBERS) expect(await loadReadiness(await viewerFor(email)), email).toBeNull();
    const { loadDelegationDashboard } = await import("@/lib/dal/dashboard");
    expect(await loadDelegationDashboard(await viewerFor("secretariat@ilo.demo"))).toBeNull();
  });
});
