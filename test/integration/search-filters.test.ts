import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase } from "../support/app-database";
import { viewerFor } from "../support/viewers";
import type { Viewer } from "@/lib/auth/viewer";
import type { TSearchFilters } from "@/lib/validation/search";

// The search page's filters (issue 12): each narrows the matches and their counts;
// the filter values offered are those among the viewer's matches; one kind pages by
// twenty. Thirty notes and two actions share a word, spread over two meetings, two
// delegations, three scopes and two months.

let db: typeof import("@/lib/db").db;
let search: typeof import("@/lib/dal/search");
let cleanup: () => Promise<void>;
let lk: Viewer;
let ph: Viewer;
const WORD = "sorghumfield";
const ids = { rt2: "", ttm: "", hld: "", ttmMeeting: "" };

beforeAll(async () => {
  cleanup = await useAppDatabase();
  ({ db } = await import("@/lib/db"));
  search = await import("@/lib/dal/search");
  lk = await viewerFor("head.lk@gov.demo");
  ph = await viewerFor("delegate.ph@gov.demo");
  const rt2 = await db.theme.findFirstOrThrow({ where: { code: "RT2" }, select: { id: true, meetingId: true } });
  const ttm = await db.theme.findFirstOrThrow({ where: { code: "TTM-i" }, select: { id: true, meetingId: true } });
  Object.assign(ids, { rt2: rt2.id, ttm: ttm.id, hld: rt2.meetingId, ttmMeeting: ttm.meetingId });
  const scopes = ["DELEGATION", "GROUP", "ALL"] as const;
  await db.annotation.createMany({
    data: Array.from({ length: 30 }, (_, i) => {
      const author = i % 2 ? ph : lk;
      // Philippine notes only in group or public scope, so head.lk reads every one.
      const scope = author === ph ? scopes[1 + (i % 2)]! : scopes[i % 3]!;
      return {
        themeId: i < 20 ? rt2.id : ttm.id,
        authorId: author.userId,
        delegationId: author.delegation!.id,
        group: "GOVERNMENT" as const,
        scope,
        body: `Note ${i} on the ${WORD} question.`,
        createdAt: new Date(Date.UTC(2013, i < 15 ? 6 : 7, 1 + (i % 28))),
      };
    }),
  });
  for (const title of [`Brief on ${WORD}`, `Draft ${WORD} points`]) {
    await db.followUpAction.create({
      data: { title, scope: "DELEGATION", delegationId: lk.delegation!.id, group: "GOVERNMENT", creatorId: lk.userId, themeId: ttm.id, meetingId: ttm.meetingId },
    });
  }
});
afterAll(async () => cleanup?.());

const run = (filters: Partial<TSearchFilters>, viewer = lk) => search.searchForViewer(viewer, WORD, { page: 1, ...filters });

describe("[search] filters, counts, filter values and pages", () => {
  it("counts every kind, and shows the best few of each", async () => {
    const all = await run({});
    expect(all.counts).toEqual({ NOTE: 30, ACTION: 2 });
    expect(all.total).toBe(32);
    expect(all.groups.map((g) => [g.kind, g.hits.length])).toEqual([
      ["NOTE", 5],
      ["ACTION", 2],
    ]);
  });

  it("offers the meetings, themes and delegations found, with their counts", async () => {
    const { facets } = await run({ theme: ids.rt2 });
    expect(facets.meetings.map((m) => m.count)).toEqual([20, 12]);
    expect(facets.themes.map((t) => [t.label.split(" — ")[0], t.count])).toEqual([
      ["RT2", 20],
      ["TTM-i", 12],
    ]);
    expect(facets.delegations.map((d) => [d.label, d.count])).toEqual([
      ["Government of Sri Lanka", 17],
      ["Government of the Philippines", 15],
    ]);
  });

  it("narrows by meeting, theme, delegation, scope and dates; the counts follow", async () => {
    expect((await run({ meeting: ids.ttmMeeting })).counts).toEqual({ NOTE: 10, ACTION: 2 });
    expect((await run({ theme: ids.rt2 })).counts).toEqual({ NOTE: 20 });
    expect((await run({ delegation: ph.delegation!.id })).counts).toEqual({ NOTE: 15 });
    expect((await run({ scope: "delegation" })).counts).toEqual({ NOTE: 5, ACTION: 2 });
    expect((await run({ scope: "all" })).counts).toEqual({ NOTE: 20 });
    expect((await run({ from: "2013-08-01" })).counts).toEqual({ NOTE: 15, ACTION: 2 });
    expect((await run({ from: "2013-07-01", to: "2013-07-31" })).counts).toEqual({ NOTE: 15 });
    expect((await run({ to: "2013-07-01" })).counts).toEqual({ NOTE: 1 });
  });

  it("pages one kind by twenty, and counts the others all the same", async () => {
    const first = await run({ kind: "note" });
    const second = await run({ kind: "note", page: 2 });
    expect(first.pageCount).toBe(2);
    expect(first.groups.map((g) => [g.kind, g.hits.length])).toEqual([["NOTE", 20]]);
    expect(second.groups.map((g) => [g.kind, g.hits.length])).toEqual([["NOTE", 10]]);
    const seen = [...first.groups[0]!.hits, ...second.groups[0]!.hits].map((h) => h.id);
    expect(new Set(seen).size).toBe(30);
    expect(second.counts).toEqual({ NOTE: 30, ACTION: 2 });
    expect((await run({ kind: "note", page: 3 })).groups).toEqual([]);
  });

  it("counts for another viewer only what that viewer may read", async () => {
    // The Philippines do not read Sri Lanka's delegation notes (5) nor its actions (2).
    expect((await run({}, ph)).counts).toEqual({ NOTE: 25 });
  });
});
