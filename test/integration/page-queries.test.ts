// Database round trips per page view must not grow with the data (issue 9: at most
// 10 per hot page, the same at 10× the notes, replies and actions). Each page's data
// is loaded the way the page loads it — the same data-layer calls — through the
// app's client with every SQL statement counted, once on a small theme and once
// after ten times as many notes, replies and actions were added. The session lookup
// and the layout's unread count (one statement each, lib/auth and lib/dal/
// notifications) come on top on every page and are counted here too.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import { useAppDatabase } from "../support/app-database";
import { viewerFor } from "../support/viewers";
import { fillBusyTheme } from "../support/busy-theme";
import { installCountingClient, type TCountingClient } from "../support/counting-client";

const MAX_ROUND_TRIPS = 10;
/** The session lookup and the header's unread count, on every page. */
const EVERY_PAGE = 2;

let cleanup: () => Promise<void>;
let client: PrismaClient;
/** Every SQL statement the app's client sends. */
let counter: TCountingClient;
let viewer: Viewer;
let secretariat: Viewer;
let firstNoteId = "";

type TApp = {
  meetings: typeof import("@/lib/dal/meetings");
  notes: typeof import("@/lib/dal/annotations");
  actions: typeof import("@/lib/dal/actions");
  directory: typeof import("@/lib/dal/actions-directory");
  positions: typeof import("@/lib/dal/positions");
  stances: typeof import("@/lib/dal/stances");
  home: typeof import("@/lib/dal/positions-home");
  matrix: typeof import("@/lib/dal/positions-matrix");
  notifications: typeof import("@/lib/dal/notifications");
  filters: typeof import("@/lib/follow-up/filters");
  source: typeof import("@/lib/dal/source-notes");
  dashboard: typeof import("@/lib/dal/dashboard");
  readiness: typeof import("@/lib/dal/dashboard-readiness");
  search: typeof import("@/lib/dal/search");
  carryPanel: typeof import("@/lib/dal/carry-panel");
  carryChain: typeof import("@/lib/dal/carry-chain");
};
let app: TApp;

// What each page reads (see its page.tsx and the components it renders).
const PAGES: Record<string, () => Promise<unknown>> = {
  async theme() {
    const theme = await app.meetings.findThemeForViewer(viewer, "hld-2013", "RT2");
    if (!theme) throw new Error("RT2 not visible");
    const notes = await app.notes.loadThemeNotes(viewer, theme, "{}");
    const stances = await app.stances.stancePanelFrom(viewer, theme);
    const own = app.positions.ownPositionFrom(viewer, theme, "GOVERNMENT");
    return [notes.notes.length, stances, own, app.actions.themeActionsFrom(theme), app.positions.themePositionsFrom(theme)];
  },
  // TTM-ii follows the busy RT2 up: its "From the High-level Dialogue" panel reads
  // RT2's positions, notes and actions (and what was copied from them) in one query.
  async technicalMeetingTheme() {
    const theme = await app.meetings.findThemeForViewer(viewer, "ttm-2013", "TTM-ii");
    if (!theme) throw new Error("TTM-ii not visible");
    const notes = await app.notes.loadThemeNotes(viewer, theme, "{}");
    const stances = await app.stances.stancePanelFrom(viewer, theme);
    const panel = await app.carryPanel.dialoguePanelFor(viewer, theme.id);
    if (panel[0]?.annotations.length !== app.carryPanel.PANEL_ITEMS) throw new Error("the panel should list RT2's notes");
    return [notes.notes.length, stances, panel, app.actions.themeActionsFrom(theme), app.positions.themePositionsFrom(theme)];
  },
  async themeFiltered() {
    const theme = (await app.meetings.findThemeForViewer(viewer, "hld-2013", "RT2"))!;
    return app.notes.loadThemeNotes(viewer, theme, JSON.stringify({ status: "open", page: 2 }));
  },
  async note() {
    return app.notes.findNoteForViewer(viewer, "hld-2013", "RT2", firstNoteId);
  },
  async home() {
    return Promise.all([
      app.meetings.listMeetingsForViewer(viewer),
      app.actions.summariseMyActions(viewer),
      app.home.findHomePositionsForViewer(viewer),
      app.notes.listRecentNotesForViewer(viewer),
    ]);
  },
  async meeting() {
    const loaded = await Promise.all([
      app.meetings.findMeetingForViewer(viewer, "hld-2013"),
      app.notes.countThemeNotesForMeeting(viewer, "hld-2013"),
      app.carryChain.meetingChainFor(viewer, "hld-2013"),
    ]);
    // Its overview cites one of the paper's notes, which the page then reads.
    return [...loaded, await app.source.loadReferenceMaterial()];
  },
  async actionsList() {
    const directory = await app.directory.loadActionDirectory(viewer);
    return app.actions.listActionsForViewer(viewer, app.filters.parseActionFilters(new URLSearchParams("assignee=any")), { directory });
  },
  async board() {
    return Promise.all([
      app.directory.loadActionDirectory(viewer),
      app.actions.listBoardForViewer(viewer, app.filters.parseActionFilters(new URLSearchParams("assignee=any"))),
    ]);
  },
  async matrix() {
    return app.matrix.loadPositionsMatrix(viewer, "hld-2013");
  },
  async dashboard() {
    return app.dashboard.loadDelegationDashboard(viewer);
  },
  async readiness() {
    return app.readiness.loadReadiness(secretariat);
  },
  async search() {
    const results = await app.search.searchForViewer(viewer, "round trips", { page: 1 });
    if (results.total === 0) throw new Error("the search found nothing to show");
    return results;
  },
  async searchOneKind() {
    return app.search.searchForViewer(viewer, "round trips", { page: 2, kind: "action" });
  },
};

async function countPages(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [name, load] of Object.entries(PAGES)) {
    counter.reset();
    await load();
    await app.notifications.countUnreadNotifications(viewer);
    counts[name] = counter.statements().length + 1; // + the session lookup (lib/auth/sessions.ts), one statement
  }
  return counts;
}

async function addActions(count: number) {
  const theme = await client.theme.findFirstOrThrow({ where: { code: "RT2" }, select: { id: true, meetingId: true } });
  const head = await client.user.findUniqueOrThrow({ where: { email: "head.lk@gov.demo" }, select: { id: true, delegationId: true } });
  await client.followUpAction.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      title: `Round trips ${i}`,
      scope: i % 2 ? ("GROUP" as const) : ("DELEGATION" as const),
      group: "GOVERNMENT" as const,
      delegationId: head.delegationId!,
      creatorId: head.id,
      assigneeId: i % 3 ? head.id : null,
      themeId: theme.id,
      meetingId: theme.meetingId,
      status: (["OPEN", "IN_PROGRESS", "BLOCKED", "DONE"] as const)[i % 4]!,
      blockedReason: i % 4 === 2 ? "Waiting" : null,
      dueOn: new Date(Date.UTC(2013, 8, 1 + (i % 60))),
    })),
  });
}

let small: Record<string, number>;
let large: Record<string, number>;

beforeAll(async () => {
  cleanup = await useAppDatabase();
  counter = installCountingClient();
  client = counter.client;
  app = {
    meetings: await import("@/lib/dal/meetings"),
    notes: await import("@/lib/dal/annotations"),
    actions: await import("@/lib/dal/actions"),
    directory: await import("@/lib/dal/actions-directory"),
    positions: await import("@/lib/dal/positions"),
    stances: await import("@/lib/dal/stances"),
    home: await import("@/lib/dal/positions-home"),
    matrix: await import("@/lib/dal/positions-matrix"),
    notifications: await import("@/lib/dal/notifications"),
    filters: await import("@/lib/follow-up/filters"),
    source: await import("@/lib/dal/source-notes"),
    dashboard: await import("@/lib/dal/dashboard"),
    readiness: await import("@/lib/dal/dashboard-readiness"),
    search: await import("@/lib/dal/search"),
    carryPanel: await import("@/lib/dal/carry-panel"),
    carryChain: await import("@/lib/dal/carry-chain"),
  };
  viewer = await viewerFor("head.lk@gov.demo");
  secretariat = await viewerFor("secretariat@ilo.demo");

  firstNoteId = (await fillBusyTheme(client, { notes: 10, replies: 40 })).noteIds[0]!;
  await addActions(30);
  small = await countPages();
  await fillBusyTheme(client, { notes: 90, replies: 360 });
  await addActions(270);
  large = await countPages();
  console.info(`round trips per page view: ${JSON.stringify({ small, large })}`);
}, 180_000);
afterAll(async () => cleanup?.());

describe("[performance] database round trips per page view", () => {
  it.each(Object.keys(PAGES))("%s: the same count at ten times the data, and at most 10", (page) => {
    expect(large[page], `${page}: ${small[page]} statements with little data, ${large[page]} with ten times more`).toBe(small[page]);
    expect(large[page]).toBeLessThanOrEqual(MAX_ROUND_TRIPS);
    expect(small[page]).toBeGreaterThan(EVERY_PAGE);
  });

  it("the theme page reads the theme, its notes, positions, stances and actions in one statement", async () => {
    counter.reset();
    await app.meetings.findThemeForViewer(viewer, "hld-2013", "RT2");
    const themeQueries = counter.statements().filter((q) => q.includes('FROM "public"."Theme"'));
    expect(themeQueries).toHaveLength(1);
    for (const part of ['"Annotation"', '"GroupPosition"', '"Stance"', '"FollowUpAction"', '"ThemeParagraph"']) expect(themeQueries[0]).toContain(part);
  });
});
