// Notes list the follow-up actions made from them (issue 16), and the languages their
// texts are written in. An action can be narrower than its note — a delegation's own
// action from a group note — and must then not reach the note's other readers, on
// the theme page's panel or the note's own page: not listed, not counted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { useAppDatabase } from "../support/app-database";
import { viewerFor } from "../support/viewers";

let db: typeof import("@/lib/db").db;
let notes: typeof import("@/lib/services/annotations-notes");
let replies: typeof import("@/lib/services/annotations-replies");
let dal: typeof import("@/lib/dal/annotations");
let meetings: typeof import("@/lib/dal/meetings");
let actions: typeof import("@/lib/dal/actions");
let write: typeof import("@/lib/dal/actions-write");
let cleanup: () => Promise<void>;
let delegateLk: Viewer, headLk: Viewer, delegatePh: Viewer, headIoe: Viewer;

beforeAll(async () => {
  cleanup = await useAppDatabase();
  ({ db } = await import("@/lib/db"));
  notes = await import("@/lib/services/annotations-notes");
  replies = await import("@/lib/services/annotations-replies");
  dal = await import("@/lib/dal/annotations");
  meetings = await import("@/lib/dal/meetings");
  actions = await import("@/lib/dal/actions");
  write = await import("@/lib/dal/actions-write");
  [delegateLk, headLk, delegatePh, headIoe] = await Promise.all([
    viewerFor("delegate.lk@gov.demo"),
    viewerFor("head.lk@gov.demo"),
    viewerFor("delegate.ph@gov.demo"),
    viewerFor("head.ioe@employers.demo"),
  ]);
});
afterAll(async () => cleanup?.());

async function themeFor(viewer: Viewer) {
  const theme = await meetings.findThemeForViewer(viewer, "hld-2013", "RT3");
  if (!theme) throw new Error("RT3 not visible");
  return theme;
}

async function noteOnRt3(viewer: Viewer, body: string, scope: "GROUP" | "DELEGATION" | "ALL") {
  const theme = await themeFor(viewer);
  const result = await notes.createAnnotation(viewer, { themeId: theme.id, body, scope, tags: "note-actions", anchor: null });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value.id;
}

async function actionFrom(viewer: Viewer, annotationId: string, title: string, scope: "DELEGATION" | "GROUP") {
  const result = await write.createActionForViewer(viewer, { title, description: "", priority: "MEDIUM", scope, annotationId });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value.id;
}

/** The note as the theme page's panel shows it (filtered to its tag), and on its own page. */
async function shownTo(viewer: Viewer, noteId: string) {
  const theme = await themeFor(viewer);
  const panel = await dal.loadThemeNotes(viewer, theme, JSON.stringify({ tag: "note-actions" }));
  const own = await dal.findNoteForViewer(viewer, "hld-2013", "RT3", noteId);
  return { panel: panel.notes.find((n) => n.id === noteId) ?? null, own: own?.note ?? null };
}

describe("[annotations] a note's actions respect who may see each action", () => {
  it("a delegation action from a group note is listed to its delegation only; the group action to the whole group", async () => {
    const noteId = await noteOnRt3(delegateLk, `Group note with actions ${Date.now()}`, "GROUP");
    const own = await actionFrom(headLk, noteId, "Sri Lanka's own follow-up", "DELEGATION");
    const shared = await actionFrom(headLk, noteId, "Group follow-up for governments", "GROUP");
    await db.followUpAction.update({ where: { id: shared }, data: { assigneeId: delegatePh.userId } });

    const lk = await shownTo(delegateLk, noteId);
    for (const view of [lk.panel, lk.own]) {
      expect(view?.actions.map((a) => a.id)).toEqual([own, shared]);
    }
    expect(lk.panel?.actions[1]).toMatchObject({ title: "Group follow-up for governments", status: "OPEN", assignee: "Maria Santos" });

    // The Philippines reads the group note, and only the group's action: the Sri Lankan
    // delegation's own action is neither listed nor counted.
    const ph = await shownTo(delegatePh, noteId);
    for (const view of [ph.panel, ph.own]) {
      expect(view).not.toBeNull();
      expect(view?.actions.map((a) => a.id)).toEqual([shared]);
    }

    // The employers see neither the note nor, through it, any action.
    const ioe = await shownTo(headIoe, noteId);
    expect(ioe).toEqual({ panel: null, own: null });

    // The action's page cites its note for those who may read it: author, delegation, excerpt.
    const detail = await actions.findActionForViewer(delegatePh, shared);
    expect(detail?.note).toMatchObject({ author: "Anusha Fernando", delegation: "Government of Sri Lanka", excerpt: expect.stringContaining("Group note with actions") });
  });

  it("a deleted action leaves the note's list", async () => {
    const noteId = await noteOnRt3(delegateLk, `Note whose action goes ${Date.now()}`, "DELEGATION");
    const id = await actionFrom(headLk, noteId, "Short-lived follow-up", "DELEGATION");
    expect((await shownTo(delegateLk, noteId)).own?.actions.map((a) => a.id)).toEqual([id]);
    const deleted = await write.deleteActionForViewer(headLk, { id });
    expect(deleted.ok).toBe(true);
    expect((await shownTo(delegateLk, noteId)).own?.actions).toEqual([]);
  });
});

describe("[annotations] the language of what people write is recorded when it is written", () => {
  it("detects English, French and Spanish, and falls back to the author's interface language for a text too short to tell", async () => {
    const en = await noteOnRt3(delegateLk, "We should ask the Office about the recruitment fees and their effect on workers.", "DELEGATION");
    const fr = await noteOnRt3(delegateLk, "Nous devons demander au Bureau des précisions sur les frais de recrutement et leurs effets sur les travailleurs.", "DELEGATION");
    await db.user.update({ where: { id: delegateLk.userId }, data: { locale: "es" } });
    const short = await noteOnRt3(delegateLk, "Ok.", "DELEGATION");
    await db.user.update({ where: { id: delegateLk.userId }, data: { locale: "en" } });
    const reply = await replies.replyToAnnotation(delegateLk, { annotationId: en, body: "Estamos de acuerdo con la propuesta de los empleadores y de los trabajadores sobre las tarifas." });
    if (!reply.ok) throw new Error(JSON.stringify(reply));

    const languageOf = async (id: string) => (await db.annotation.findUniqueOrThrow({ where: { id }, select: { language: true } })).language;
    expect([await languageOf(en), await languageOf(fr), await languageOf(short)]).toEqual(["en", "fr", "es"]);
    expect((await db.annotationReply.findUniqueOrThrow({ where: { id: reply.value.id }, select: { language: true } })).language).toBe("es");

    // An edit that changes the language changes it too, in the same statement.
    const { version } = await db.annotation.findUniqueOrThrow({ where: { id: en }, select: { version: true } });
    const edited = await notes.editAnnotation(delegateLk, { annotationId: en, version: String(version), body: "Il faut que les délégations des pays d'origine et de destination en parlent avec le Bureau.", tags: "" });
    if (!edited.ok) throw new Error(JSON.stringify(edited));
    expect(await languageOf(en)).toBe("fr");

    // What the page receives.
    const shown = await dal.findNoteForViewer(delegateLk, "hld-2013", "RT3", fr);
    expect(shown?.note.language).toBe("fr");
  });

  it("records it for group positions, comments on actions and stance notes too, and the pages receive it", async () => {
    const positionsWrite = await import("@/lib/dal/positions-write");
    const positions = await import("@/lib/dal/positions");
    const stances = await import("@/lib/dal/stances");
    const saved = await positionsWrite.savePositionText(headLk, "hld-2013", "RT4", {
      body: "Les gouvernements soutiennent la portabilité des droits à la sécurité sociale des travailleurs migrants.",
      baseRevision: 0,
    });
    expect(saved.kind).toBe("saved");
    expect((await positions.findPositionForViewer(delegatePh, "hld-2013", "RT4", "GOVERNMENT"))?.language).toBe("fr");

    const action = await write.createActionForViewer(delegateLk, { title: "Brief the capital", description: "", scope: "DELEGATION", priority: "LOW" });
    if (!action.ok) throw new Error(JSON.stringify(action));
    const comment = await write.addActionCommentForViewer(delegateLk, { actionId: action.value.id, body: "La delegación enviará el informe a la capital antes de la reunión." });
    if (!comment.ok) throw new Error(JSON.stringify(comment));
    const page = await actions.findActionForViewer(headLk, action.value.id);
    expect(page?.comments.map((c) => c.language)).toEqual(["es"]);

    const stance = await stances.setStanceForViewer(headLk, "hld-2013", "RT4", { value: "SUPPORT", note: "We support the text as it stands, with the workers' amendment." });
    expect(stance.kind).toBe("saved");
    const listed = await stances.listGroupStancesForViewer(delegatePh, "hld-2013", "RT4");
    expect(listed?.stances.find((s) => s.delegation === headLk.delegation!.name)?.language).toBe("en");
  });
});
