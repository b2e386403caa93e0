import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase } from "../support/app-database";
import { viewerFor } from "../support/viewers";
import { DEMO_EMAILS, type TDemoActor } from "../authz/matrix";
import type { Viewer } from "@/lib/auth/viewer";
import type { SearchKind } from "@/lib/generated/prisma/enums";

// Search sees exactly what the pages show (issue 12). A canary word is planted in a
// document of every kind, in every scope and state that decides who may read it —
// written through the app's own services where it has them — and every demo account
// searches for every canary. What the pages show comes from the visibility builders
// (lib/authz/visibility.ts, visibleActionsWhere), never from a list written here:
//   notes: visibleAnnotationsWhere; replies: visibleAnnotationRepliesWhere;
//   actions: visibleActionsWhere; comments: not deleted, on a visible action (its page);
//   positions: visiblePositionsWhere on a visible theme (the position page), text not empty;
//   stances: visibleStancesWhere on a visible theme (the theme page), note not empty;
//   paragraphs: on a visible theme (visibleThemesWhere); instruments, key figures: everyone.
// A document found must be one the builders admit and the other way round, and a
// canary the account may not read leaves no trace: no hit, no count, no filter value.

let db: typeof import("@/lib/db").db;
let search: typeof import("@/lib/dal/search");
let visibility: typeof import("@/lib/authz/visibility");
let actionsQuery: typeof import("@/lib/dal/actions-query");
let cleanup: () => Promise<void>;

type TAccount = TDemoActor;
const ACCOUNTS = DEMO_EMAILS;
const viewers = {} as Record<TAccount, Viewer>;

/** One planted document: its kind, its source row and the word only it contains. */
type TCanary = { label: string; kind: SearchKind; id: string; word: string };
const canaries: TCanary[] = [];
// Words of random letters, unlike each other and any real word (not even by trigrams,
// which instruments are also found by), from a fixed seed.
let seed = 20131003;
const nextWord = () =>
  Array.from({ length: 12 }, () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return "bcdfghjklmnpqrstvwxz"[seed % 20];
  }).join("");

function must<T>(result: { ok: true; value: T } | { ok: false }, what: string): T {
  if (!result.ok) throw new Error(`could not write ${what}: ${JSON.stringify(result)}`);
  return result.value;
}

beforeAll(async () => {
  cleanup = await useAppDatabase();
  ({ db } = await import("@/lib/db"));
  search = await import("@/lib/dal/search");
  visibility = await import("@/lib/authz/visibility");
  actionsQuery = await import("@/lib/dal/actions-query");
  const notes = await import("@/lib/services/annotations-notes");
  const replies = await import("@/lib/services/annotations-replies");
  const actions = await import("@/lib/dal/actions-write");
  const positions = await import("@/lib/dal/positions-write");
  const stances = await import("@/lib/dal/stances");
  const admin = await import("@/lib/services/admin-content");
  for (const [key, email] of Object.entries(ACCOUNTS)) viewers[key as TAccount] = await viewerFor(email);
  const v = viewers;

  const rt2 = await db.theme.findFirstOrThrow({ where: { code: "RT2", meeting: { slug: "hld-2013" } }, select: { id: true, meetingId: true } });
  // A theme of its own, archived once everything is written on it: its documents
  // disappear for delegations, not for the secretariat.
  must(await admin.createTheme(v.secretariat, "hld-2013", { code: "RT9", title: "Archived roundtable", background: [] }), "a theme");
  const rt9 = await db.theme.findFirstOrThrow({ where: { code: "RT9" }, select: { id: true } });

  const plant = (label: string, kind: SearchKind, id: string, word: string) => canaries.push({ label, kind, id, word });

  // Notes (and a reply on each), every scope, by authors of each group.
  const noteCases: { label: string; author: TAccount; scope: "DELEGATION" | "GROUP" | "ALL"; replier: TAccount; themeId?: string }[] = [
    { label: "Sri Lanka delegation note", author: "delegateLk", scope: "DELEGATION", replier: "headLk" },
    { label: "government group note", author: "delegateLk", scope: "GROUP", replier: "delegatePh" },
    { label: "public note", author: "delegateLk", scope: "ALL", replier: "headItuc" },
    { label: "employers group note", author: "headIoe", scope: "GROUP", replier: "headIoe" },
    { label: "workers delegation note", author: "headItuc", scope: "DELEGATION", replier: "headItuc" },
    { label: "observer public note", author: "observer", scope: "ALL", replier: "headLk" },
    { label: "public note on the archived theme", author: "delegatePh", scope: "ALL", replier: "headIoe", themeId: rt9.id },
  ];
  for (const c of noteCases) {
    const word = nextWord();
    const note = must(await notes.createAnnotation(v[c.author], { themeId: c.themeId ?? rt2.id, body: `On ${word} and fees.`, scope: c.scope, tags: "", anchor: null }), c.label);
    plant(c.label, "NOTE", note.id, word);
    const replyWord = nextWord();
    const reply = must(await replies.replyToAnnotation(v[c.replier], { annotationId: note.id, body: `Agreed, ${replyWord}.` }), `reply to ${c.label}`);
    plant(`reply to ${c.label}`, "REPLY", reply.id, replyWord);
  }
  // Moderated, deleted.
  const hiddenWord = nextWord();
  const hidden = must(await notes.createAnnotation(v.delegatePh, { themeId: rt2.id, body: `Hidden ${hiddenWord}.`, scope: "ALL", tags: "", anchor: null }), "a note to hide");
  const hiddenReplyWord = nextWord();
  const hiddenReply = must(await replies.replyToAnnotation(v.headIoe, { annotationId: hidden.id, body: `Reply ${hiddenReplyWord}.` }), "a reply");
  must(await notes.setAnnotationHidden(v.secretariat, { annotationId: hidden.id, hidden: "true" }), "moderation");
  plant("public note hidden by moderation", "NOTE", hidden.id, hiddenWord);
  plant("reply to a hidden note", "REPLY", hiddenReply.id, hiddenReplyWord);
  const deletedWord = nextWord();
  const deleted = must(await notes.createAnnotation(v.delegateLk, { themeId: rt2.id, body: `Deleted ${deletedWord}.`, scope: "ALL", tags: "", anchor: null }), "a note to delete");
  must(await notes.deleteAnnotation(v.delegateLk, { annotationId: deleted.id }), "deletion");
  plant("deleted public note", "NOTE", deleted.id, deletedWord);
  const keptWord = nextWord();
  const kept = must(await notes.createAnnotation(v.delegateLk, { themeId: rt2.id, body: `Kept ${keptWord}.`, scope: "ALL", tags: "", anchor: null }), "a note");
  const deletedReplyWord = nextWord();
  const deletedReply = must(await replies.replyToAnnotation(v.headLk, { annotationId: kept.id, body: `Gone ${deletedReplyWord}.` }), "a reply");
  must(await replies.deleteReply(v.headLk, { replyId: deletedReply.id }), "reply deletion");
  plant("deleted reply", "REPLY", deletedReply.id, deletedReplyWord);

  // Actions (with a comment each), a delegation's and a group's, and a deleted one.
  const actionCases: { label: string; author: TAccount; scope: "DELEGATION" | "GROUP"; themeId?: string }[] = [
    { label: "Sri Lanka delegation action", author: "delegateLk", scope: "DELEGATION" },
    { label: "government group action", author: "delegatePh", scope: "GROUP" },
    { label: "employers delegation action", author: "headIoe", scope: "DELEGATION" },
    { label: "workers group action", author: "headItuc", scope: "GROUP" },
    { label: "observer delegation action", author: "observer", scope: "DELEGATION" },
    { label: "government group action on the archived theme", author: "headLk", scope: "GROUP", themeId: rt9.id },
  ];
  for (const c of actionCases) {
    const word = nextWord();
    const action = must(
      await actions.createActionForViewer(v[c.author], { title: `Follow up ${word}`, description: "", scope: c.scope, priority: "MEDIUM", themeId: c.themeId }),
      c.label,
    );
    plant(c.label, "ACTION", action.id, word);
    const commentWord = nextWord();
    const comment = must(await actions.addActionCommentForViewer(v[c.author], { actionId: action.id, body: `Done ${commentWord}.` }), "a comment");
    plant(`comment on ${c.label}`, "ACTION_COMMENT", comment.id, commentWord);
  }
  const goneWord = nextWord();
  const gone = must(await actions.createActionForViewer(v.delegateLk, { title: `Drop ${goneWord}`, description: "", scope: "DELEGATION", priority: "LOW" }), "an action");
  const goneCommentWord = nextWord();
  const goneComment = must(await actions.addActionCommentForViewer(v.delegateLk, { actionId: gone.id, body: `Note ${goneCommentWord}.` }), "a comment");
  must(await actions.deleteActionForViewer(v.headLk, { id: gone.id }), "action deletion");
  plant("deleted action", "ACTION", gone.id, goneWord);
  plant("comment on a deleted action", "ACTION_COMMENT", goneComment.id, goneCommentWord);

  // Group positions: a draft, an agreed text and a delivered one; one on the archived theme.
  const positionCases: { label: string; head: TAccount; to?: "AGREED" | "DELIVERED"; code?: string }[] = [
    { label: "government draft position", head: "headLk" },
    { label: "employers delivered position", head: "headIoe", to: "DELIVERED" },
    { label: "workers agreed position", head: "headItuc", to: "AGREED" },
    { label: "government draft position on the archived theme", head: "headLk", code: "RT9" },
  ];
  for (const c of positionCases) {
    const word = nextWord();
    const code = c.code ?? "RT2";
    const saved = await positions.savePositionText(v[c.head], "hld-2013", code, { body: `We support ${word}.`, baseRevision: 0 });
    if (saved.kind !== "saved") throw new Error(`could not save the ${c.label}: ${saved.kind}`);
    // Each change of status is a revision of its own.
    if (c.to === "AGREED" || c.to === "DELIVERED") await positions.changePositionStatus(v[c.head], "hld-2013", code, { to: "AGREED", baseRevision: 1 });
    if (c.to === "DELIVERED") await positions.changePositionStatus(v[c.head], "hld-2013", code, { to: "DELIVERED", baseRevision: 2 });
    const group = v[c.head].delegation!.group;
    const position = await db.groupPosition.findFirstOrThrow({ where: { theme: { code }, group }, select: { id: true, status: true } });
    expect(position.status).toBe(c.to ?? "DRAFT");
    plant(c.label, "POSITION", position.id, word);
  }

  // Stances with a note.
  for (const c of [
    { label: "Sri Lanka stance", head: "headLk" as const, code: "RT2" },
    { label: "employers stance", head: "headIoe" as const, code: "RT2" },
    { label: "Sri Lanka stance on the archived theme", head: "headLk" as const, code: "RT9" },
  ]) {
    const word = nextWord();
    const outcome = await stances.setStanceForViewer(v[c.head], "hld-2013", c.code, { value: "SUPPORT", note: `Because of ${word}.` });
    expect(outcome.kind).toBe("saved");
    const stance = await db.stance.findFirstOrThrow({ where: { theme: { code: c.code }, delegationId: v[c.head].delegation!.id }, select: { id: true } });
    plant(c.label, "STANCE", stance.id, word);
  }

  // Reference material: background text (on a visible and on the archived theme), an
  // instrument and a key figure, as the secretariat's administration writes them.
  const paragraphWord = nextWord();
  must(await admin.updateTheme(v.secretariat, rt9.id, { code: "RT9", title: "Archived roundtable", background: [`Background ${paragraphWord}.`] }), "background");
  plant("paragraph of the archived theme", "PARAGRAPH", (await db.themeParagraph.findFirstOrThrow({ where: { themeId: rt9.id } })).id, paragraphWord);
  must(await admin.createTheme(v.secretariat, "hld-2013", { code: "RT8", title: "Open roundtable", background: [`Background ${nextWord()}.`] }), "a theme");
  const rt8Paragraph = await db.themeParagraph.findFirstOrThrow({ where: { theme: { code: "RT8" } }, select: { id: true, text: true } });
  plant("paragraph of a theme", "PARAGRAPH", rt8Paragraph.id, rt8Paragraph.text.split(" ")[1]!.replace(".", ""));
  const instrumentWord = nextWord();
  const instrument = await db.instrument.create({ data: { code: "X999", title: `Convention on ${instrumentWord}` } });
  plant("instrument", "INSTRUMENT", instrument.id, instrumentWord);
  const figureWord = nextWord();
  const figure = await db.keyFigure.create({ data: { position: 99, figure: `232 million ${figureWord}` } });
  plant("key figure", "KEY_FIGURE", figure.id, figureWord);

  must(await admin.setThemeArchived(v.secretariat, rt9.id, true), "archiving");
});
afterAll(async () => cleanup?.());

/** What the pages show the viewer, per kind: ids, from the builders. */
async function shownByPages(viewer: Viewer): Promise<Set<string>> {
  const themeVisible = visibility.visibleThemesWhere(viewer);
  const ids = (rows: { id: string }[], kind: SearchKind) => rows.map((r) => `${kind}:${r.id}`);
  const select = { id: true } as const;
  const all = [
    ...ids(await db.annotation.findMany({ where: visibility.visibleAnnotationsWhere(viewer), select }), "NOTE"),
    ...ids(await db.annotationReply.findMany({ where: visibility.visibleAnnotationRepliesWhere(viewer), select }), "REPLY"),
    ...ids(await db.followUpAction.findMany({ where: actionsQuery.visibleActionsWhere(viewer), select }), "ACTION"),
    ...ids(await db.actionComment.findMany({ where: { deletedAt: null, action: actionsQuery.visibleActionsWhere(viewer) }, select }), "ACTION_COMMENT"),
    ...ids(await db.groupPosition.findMany({ where: { AND: [visibility.visiblePositionsWhere(viewer), { theme: themeVisible }, { body: { not: "" } }] }, select }), "POSITION"),
    ...ids(await db.stance.findMany({ where: { AND: [visibility.visibleStancesWhere(viewer), { theme: themeVisible }, { note: { not: "" } }] }, select }), "STANCE"),
    ...ids(await db.themeParagraph.findMany({ where: { theme: themeVisible }, select }), "PARAGRAPH"),
    ...ids(await db.instrument.findMany({ select }), "INSTRUMENT"),
    ...ids(await db.keyFigure.findMany({ select }), "KEY_FIGURE"),
  ];
  return new Set(all);
}

const shown = new Map<TAccount, Set<string>>();
async function pagesShow(account: TAccount): Promise<Set<string>> {
  if (!shown.has(account)) shown.set(account, await shownByPages(viewers[account]));
  return shown.get(account)!;
}

describe("[search] visibility: every canary, every account", () => {
  it("planted a document of every kind, and far more than 60 cases", async () => {
    expect(new Set(canaries.map((c) => c.kind))).toEqual(new Set((await import("@/lib/search/search-sql")).SEARCH_KIND_ORDER));
    expect(canaries.length * Object.keys(ACCOUNTS).length).toBeGreaterThanOrEqual(60);
  });

  for (const account of Object.keys(ACCOUNTS) as TAccount[]) {
    it(`${account}: finds exactly the canaries the pages show, and nothing of the others`, async () => {
      const pages = await pagesShow(account);
      const expectedVisible = canaries.filter((c) => pages.has(`${c.kind}:${c.id}`)).map((c) => c.label);
      const found: string[] = [];
      for (const canary of canaries) {
        const results = await search.searchForViewer(viewers[account], canary.word, { page: 1 });
        const hits = results.groups.flatMap((g) => g.hits.map((h) => `${h.kind}:${h.id}`));
        if (hits.includes(`${canary.kind}:${canary.id}`)) {
          found.push(canary.label);
          expect(hits, canary.label).toEqual([`${canary.kind}:${canary.id}`]);
          expect(results.counts, canary.label).toEqual({ [canary.kind]: 1 });
        } else {
          // Not even a trace: no count, no meeting, theme or delegation to filter by.
          expect({ counts: results.counts, total: results.total, facets: results.facets }, `${account} / ${canary.label}`).toEqual({
            counts: {},
            total: 0,
            facets: { meetings: [], themes: [], delegations: [] },
          });
        }
      }
      expect(found.sort()).toEqual(expectedVisible.sort());
      // Every account reads some canaries and is kept from others: the matrix has both sides.
      expect(found.length).toBeGreaterThan(0);
      expect(found.length).toBeLessThan(canaries.length);
    });
  }

  it("the secretariat finds public and moderated material but no delegation's or group's", async () => {
    const pages = await pagesShow("secretariat");
    const label = (l: string) => canaries.find((c) => c.label === l)!;
    expect(pages.has(`NOTE:${label("public note hidden by moderation").id}`)).toBe(true);
    expect(pages.has(`NOTE:${label("government group note").id}`)).toBe(false);
    expect(pages.has(`PARAGRAPH:${label("paragraph of the archived theme").id}`)).toBe(true);
  });
});

describe("[search] visibility: the search's SQL rule equals the builders over the whole index", () => {
  for (const account of Object.keys(ACCOUNTS) as TAccount[]) {
    it(`${account}: the same documents, every kind`, async () => {
      const { visibleSearchDocumentsSql } = await import("@/lib/authz/search-visibility");
      const { Prisma } = await import("@/lib/generated/prisma/client");
      const rows = await db.$queryRaw<{ key: string }[]>(
        Prisma.sql`SELECT d.kind || ':' || d."sourceId" AS key FROM "SearchDocument" d WHERE ${visibleSearchDocumentsSql(viewers[account], "d")}`,
      );
      expect(new Set(rows.map((r) => r.key))).toEqual(await pagesShow(account));
    });
  }
});

describe("[search] an employers' delegate and a word only in a government group's note", () => {
  it("gets no result, no count and no filter value that reveals it", async () => {
    const word = "remittancequokkaonly";
    const notes = await import("@/lib/services/annotations-notes");
    const rt3 = await db.theme.findFirstOrThrow({ where: { code: "RT3" }, select: { id: true } });
    const note = await notes.createAnnotation(viewers.delegatePh, { themeId: rt3.id, body: `The ${word} corridor.`, scope: "GROUP", tags: "", anchor: null });
    expect(note.ok).toBe(true);
    const ioe = await search.searchForViewer(viewers.headIoe, word, { page: 1 });
    expect(ioe).toMatchObject({ total: 0, counts: {}, groups: [], facets: { meetings: [], themes: [], delegations: [] } });
    const filtered = await search.searchForViewer(viewers.headIoe, word, { page: 1, kind: "note", theme: rt3.id });
    expect(filtered).toMatchObject({ total: 0, counts: {}, groups: [], pageCount: 0 });
    const lk = await search.searchForViewer(viewers.headLk, word, { page: 1 });
    expect(lk.counts).toEqual({ NOTE: 1 });
    expect(lk.facets.delegations.map((d) => d.label)).toEqual(["Government of the Philippines"]);
  });
});
