import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase } from "../support/app-database";
import { viewerFor } from "../support/viewers";
import { usingRealPostgres } from "../support/test-database";
import type { Viewer } from "@/lib/auth/viewer";
import type { SearchKind } from "@/lib/generated/prisma/enums";
import type { TSearchFilters } from "@/lib/validation/search";

// The index follows every write at once, in the write's own transaction (issue 12):
// edits, deletes, moderation, a position's status, a stance's note, a theme's text,
// an action deleted under its comments — and a write that is rolled back leaves
// nothing behind. Each step writes through the app's services, then searches.

let db: typeof import("@/lib/db").db;
let search: typeof import("@/lib/dal/search");
let notes: typeof import("@/lib/services/annotations-notes");
let replies: typeof import("@/lib/services/annotations-replies");
let actions: typeof import("@/lib/dal/actions-write");
let positions: typeof import("@/lib/dal/positions-write");
let stances: typeof import("@/lib/dal/stances");
let admin: typeof import("@/lib/services/admin-content");
let cleanup: () => Promise<void>;
const v = {} as Record<"secretariat" | "headLk" | "delegateLk" | "delegatePh" | "headIoe", Viewer>;
let rt2: { id: string };

beforeAll(async () => {
  cleanup = await useAppDatabase();
  ({ db } = await import("@/lib/db"));
  search = await import("@/lib/dal/search");
  notes = await import("@/lib/services/annotations-notes");
  replies = await import("@/lib/services/annotations-replies");
  actions = await import("@/lib/dal/actions-write");
  positions = await import("@/lib/dal/positions-write");
  stances = await import("@/lib/dal/stances");
  admin = await import("@/lib/services/admin-content");
  v.secretariat = await viewerFor("secretariat@ilo.demo");
  v.headLk = await viewerFor("head.lk@gov.demo");
  v.delegateLk = await viewerFor("delegate.lk@gov.demo");
  v.delegatePh = await viewerFor("delegate.ph@gov.demo");
  v.headIoe = await viewerFor("head.ioe@employers.demo");
  rt2 = await db.theme.findFirstOrThrow({ where: { code: "RT2", meeting: { slug: "hld-2013" } }, select: { id: true } });
});
afterAll(async () => cleanup?.());

/** The ids of one kind the viewer finds for these words. */
async function found(viewer: Viewer, q: string, kind: SearchKind): Promise<string[]> {
  const filters: TSearchFilters = { page: 1 };
  const results = await search.searchForViewer(viewer, q, filters);
  return results.groups.find((g) => g.kind === kind)?.hits.map((h) => h.id) ?? [];
}

function ok<T>(result: { ok: true; value: T } | { ok: false }): T {
  if (!result.ok) throw new Error(`write refused: ${JSON.stringify(result)}`);
  return result.value;
}

describe("[search] the index follows every write", () => {
  it("a note's edit replaces its words; deleting it removes it and its replies", async () => {
    const note = ok(await notes.createAnnotation(v.delegateLk, { themeId: rt2.id, body: "Zanzibarite quota before.", scope: "GROUP", tags: "", anchor: null }));
    const reply = ok(await replies.replyToAnnotation(v.delegatePh, { annotationId: note.id, body: "Zanzibarite reply." }));
    expect(await found(v.delegatePh, "zanzibarite", "NOTE")).toEqual([note.id]);
    ok(await notes.editAnnotation(v.delegateLk, { annotationId: note.id, version: 1, body: "Quillwort quota after.", tags: "" }));
    expect(await found(v.delegatePh, "zanzibarite", "NOTE")).toEqual([]);
    expect(await found(v.delegatePh, "quillwort", "NOTE")).toEqual([note.id]);
    expect(await found(v.delegatePh, "zanzibarite", "REPLY")).toEqual([reply.id]);
    ok(await notes.deleteAnnotation(v.delegateLk, { annotationId: note.id }));
    expect(await found(v.delegatePh, "quillwort", "NOTE")).toEqual([]);
    expect(await found(v.delegatePh, "zanzibarite", "REPLY")).toEqual([]);
  });

  it("a reply's edit and deletion", async () => {
    const note = ok(await notes.createAnnotation(v.delegateLk, { themeId: rt2.id, body: "A thread.", scope: "ALL", tags: "", anchor: null }));
    const reply = ok(await replies.replyToAnnotation(v.headIoe, { annotationId: note.id, body: "Marjoram first." }));
    ok(await replies.editReply(v.headIoe, { replyId: reply.id, version: 1, body: "Tarragon second." }));
    expect(await found(v.headLk, "marjoram", "REPLY")).toEqual([]);
    expect(await found(v.headLk, "tarragon", "REPLY")).toEqual([reply.id]);
    ok(await replies.deleteReply(v.headIoe, { replyId: reply.id }));
    expect(await found(v.headLk, "tarragon", "REPLY")).toEqual([]);
  });

  it("moderation hides a note and its replies from delegations at once, and restoring brings them back", async () => {
    const note = ok(await notes.createAnnotation(v.delegatePh, { themeId: rt2.id, body: "Periwinkle claim.", scope: "ALL", tags: "", anchor: null }));
    const reply = ok(await replies.replyToAnnotation(v.headIoe, { annotationId: note.id, body: "Periwinkle answer." }));
    ok(await notes.setAnnotationHidden(v.secretariat, { annotationId: note.id, hidden: "true" }));
    expect(await found(v.headIoe, "periwinkle", "NOTE")).toEqual([]);
    expect(await found(v.headIoe, "periwinkle", "REPLY")).toEqual([]);
    expect(await found(v.secretariat, "periwinkle", "NOTE")).toEqual([note.id]);
    ok(await notes.setAnnotationHidden(v.secretariat, { annotationId: note.id, hidden: "false" }));
    expect(await found(v.headIoe, "periwinkle", "NOTE")).toEqual([note.id]);
    expect(await found(v.headIoe, "periwinkle", "REPLY")).toEqual([reply.id]);
  });

  it("an action's title edit, and its deletion taking its comments along", async () => {
    const action = ok(await actions.createActionForViewer(v.delegateLk, { title: "Brief on saxifrage", description: "", scope: "GROUP", priority: "LOW" }));
    const comment = ok(await actions.addActionCommentForViewer(v.delegatePh, { actionId: action.id, body: "Saxifrage notes attached." }));
    expect(await found(v.delegatePh, "saxifrage", "ACTION")).toEqual([action.id]);
    const current = await db.followUpAction.findUniqueOrThrow({ where: { id: action.id }, select: { version: true } });
    ok(await actions.updateActionForViewer(v.delegateLk, { id: action.id, version: current.version, title: "Brief on edelweiss", description: "", priority: "LOW" }));
    expect(await found(v.delegatePh, "saxifrage", "ACTION")).toEqual([]);
    expect(await found(v.delegatePh, "edelweiss", "ACTION")).toEqual([action.id]);
    expect(await found(v.delegatePh, "saxifrage", "ACTION_COMMENT")).toEqual([comment.id]);
    ok(await actions.deleteActionForViewer(v.headLk, { id: action.id }));
    expect(await found(v.delegatePh, "edelweiss", "ACTION")).toEqual([]);
    expect(await found(v.delegatePh, "saxifrage", "ACTION_COMMENT")).toEqual([]);
  });

  it("a group position becomes public when delivered and private again when reopened", async () => {
    const saved = await positions.savePositionText(v.headLk, "hld-2013", "RT3", { body: "The group backs hollyhock wording.", baseRevision: 0 });
    expect(saved.kind).toBe("saved");
    const id = (await db.groupPosition.findFirstOrThrow({ where: { theme: { code: "RT3" }, group: "GOVERNMENT" }, select: { id: true } })).id;
    expect(await found(v.delegatePh, "hollyhock", "POSITION")).toEqual([id]);
    expect(await found(v.headIoe, "hollyhock", "POSITION")).toEqual([]);
    expect((await positions.changePositionStatus(v.headLk, "hld-2013", "RT3", { to: "AGREED", baseRevision: 1 })).kind).toBe("changed");
    expect(await found(v.headIoe, "hollyhock", "POSITION")).toEqual([]);
    expect((await positions.changePositionStatus(v.headLk, "hld-2013", "RT3", { to: "DELIVERED", baseRevision: 2 })).kind).toBe("changed");
    expect(await found(v.headIoe, "hollyhock", "POSITION")).toEqual([id]);
    expect(await found(v.secretariat, "hollyhock", "POSITION")).toEqual([id]);
    expect((await positions.changePositionStatus(v.headLk, "hld-2013", "RT3", { to: "DRAFT", baseRevision: 3 })).kind).toBe("changed");
    expect(await found(v.headIoe, "hollyhock", "POSITION")).toEqual([]);
  });

  it("a stance's note: written, changed, emptied", async () => {
    expect((await stances.setStanceForViewer(v.headLk, "hld-2013", "RT4", { value: "OPPOSE", note: "Foxglove concerns." })).kind).toBe("saved");
    const id = (await db.stance.findFirstOrThrow({ where: { theme: { code: "RT4" }, delegationId: v.headLk.delegation!.id }, select: { id: true } })).id;
    expect(await found(v.delegatePh, "foxglove", "STANCE")).toEqual([id]);
    const hit = (await search.searchForViewer(v.delegatePh, "foxglove", { page: 1 })).groups[0]!.hits[0]!;
    expect(hit.href).toBe("/meetings/hld-2013/themes/RT4/stances");
    await stances.setStanceForViewer(v.headLk, "hld-2013", "RT4", { value: "SUPPORT", note: "Bluebell now." });
    expect(await found(v.delegatePh, "foxglove", "STANCE")).toEqual([]);
    expect(await found(v.delegatePh, "bluebell", "STANCE")).toEqual([id]);
    await stances.setStanceForViewer(v.headLk, "hld-2013", "RT4", { value: "SUPPORT", note: "" });
    expect(await found(v.delegatePh, "bluebell", "STANCE")).toEqual([]);
  });

  it("a theme's background text as the secretariat edits it, and the theme archived", async () => {
    const created = await admin.createTheme(v.secretariat, "hld-2013", { code: "RT7", title: "Edited roundtable", background: ["Cowslip paragraph."] });
    expect(created.ok).toBe(true);
    const theme = await db.theme.findFirstOrThrow({ where: { code: "RT7" }, select: { id: true } });
    expect(await found(v.headIoe, "cowslip", "PARAGRAPH")).toHaveLength(1);
    expect((await admin.updateTheme(v.secretariat, theme.id, { code: "RT7", title: "Edited roundtable", background: ["Primrose paragraph."] })).ok).toBe(true);
    expect(await found(v.headIoe, "cowslip", "PARAGRAPH")).toEqual([]);
    expect(await found(v.headIoe, "primrose", "PARAGRAPH")).toHaveLength(1);
    expect((await admin.setThemeArchived(v.secretariat, theme.id, true)).ok).toBe(true);
    expect(await found(v.headIoe, "primrose", "PARAGRAPH")).toEqual([]);
    expect(await found(v.secretariat, "primrose", "PARAGRAPH")).toHaveLength(1);
  });

  it("re-detects the language when a note is rewritten in another one", async () => {
    const note = ok(await notes.createAnnotation(v.delegateLk, { themeId: rt2.id, body: "The workers and their families.", scope: "DELEGATION", tags: "", anchor: null }));
    const language = async () =>
      (await db.$queryRaw<{ language: string }[]>`SELECT language::text FROM "SearchDocument" WHERE kind = 'NOTE' AND "sourceId" = ${note.id}`)[0]?.language;
    expect(await language()).toBe("en");
    ok(await notes.editAnnotation(v.delegateLk, { annotationId: note.id, version: 1, body: "Les travailleurs et leurs familles.", tags: "" }));
    expect(await language()).toBe("fr");
  });

  it("a write rolled back leaves nothing in the index", async () => {
    const documents = async () => (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "SearchDocument"`)[0]!.n;
    const before = await documents();
    let inside = 0;
    await expect(
      db.$transaction(async (tx) => {
        await tx.annotation.create({
          data: { themeId: rt2.id, authorId: v.delegateLk.userId, delegationId: v.delegateLk.delegation!.id, group: "GOVERNMENT", scope: "ALL", body: "Rolledback hellebore." },
        });
        inside = (await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "SearchDocument"`)[0]!.n;
        throw new Error("abandoned");
      }),
    ).rejects.toThrow("abandoned");
    expect(inside).toBe(before + 1);
    expect(await documents()).toBe(before);
    expect(await found(v.headLk, "hellebore", "NOTE")).toEqual([]);
  });

  it("a reply written while its note is being hidden is hidden too (it waits for the note's change)", async () => {
    const note = ok(await notes.createAnnotation(v.delegatePh, { themeId: rt2.id, body: "Mistletoe claim.", scope: "ALL", tags: "", anchor: null }));
    let hidden!: () => void;
    let release!: () => void;
    const noteHidden = new Promise<void>((resolve) => (hidden = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    // The moderator's transaction hides the note and, on PostgreSQL, stays open until the
    // reply's transaction is waiting for it (PGlite has one session: there they queue).
    const moderation = db.$transaction(
      async (tx) => {
        await tx.annotation.update({ where: { id: note.id }, data: { hiddenAt: new Date(), hiddenById: v.secretariat.userId } });
        hidden();
        if (usingRealPostgres) await released;
      },
      { timeout: 30_000 },
    );
    if (usingRealPostgres) await noteHidden;
    const replying = replies.replyToAnnotation(v.headIoe, { annotationId: note.id, body: "Mistletoe answer." });
    if (usingRealPostgres) {
      // Until the reply waits on a lock — or, were it not to wait, has been written.
      let settled = false;
      void replying.finally(() => (settled = true));
      const waiting = async () =>
        (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)[0]!.n;
      await expect.poll(async () => settled || (await waiting()) > 0, { timeout: 20_000 }).toBe(true);
      release();
    }
    await moderation;
    const reply = await replying;
    // Either the reply was refused (it saw the note hidden) or its document is hidden.
    expect(await found(v.headIoe, "mistletoe", "REPLY")).toEqual([]);
    if (reply.ok) expect(await found(v.secretariat, "mistletoe", "REPLY")).toEqual([reply.value.id]);
  });

  it("re-rendering stored Markdown does not touch the index", async () => {
    const note = ok(await notes.createAnnotation(v.delegateLk, { themeId: rt2.id, body: "Yarrow rendering.", scope: "DELEGATION", tags: "", anchor: null }));
    const vectorOf = async () => (await db.$queryRaw<{ x: string }[]>`SELECT xmin::text AS x FROM "SearchDocument" WHERE kind = 'NOTE' AND "sourceId" = ${note.id}`)[0]?.x;
    const before = await vectorOf();
    await db.annotation.update({ where: { id: note.id }, data: { bodyHtml: "<p>Yarrow rendering.</p>", renderVersion: 999 } });
    expect(await vectorOf()).toBe(before);
  });
});
