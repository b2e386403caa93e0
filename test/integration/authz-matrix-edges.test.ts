import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase } from "../support/app-database";
import { buildDalWorld, expectOk, inviteIntoLk, loadApp, viewerOf, SLUG, type TApp, type TDalWorld } from "../authz/dal-world";
import { THEMES } from "../authz/world-plan";

// Edges of the authorisation matrix (test/authz/matrix.ts) that a cell cannot express:
// things that stop being visible or doable after the fact (an archived theme, a person
// deactivated before they joined).

let app: TApp;
let world: TDalWorld;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  cleanup = await useAppDatabase();
  app = await loadApp();
  world = await buildDalWorld(app);
}, 600_000);
afterAll(async () => cleanup?.());

const same = (a: unknown, b: unknown) => expect(JSON.stringify(a)).toBe(JSON.stringify(b));

describe("[authz] edges of the matrix at the data-access layer", () => {
  it("a note on an archived theme is not found anywhere, not even as the source of a new action", async () => {
    const delegate = (await viewerOf(app, world, "delegateLk"))!;
    const head = (await viewerOf(app, world, "headLk"))!;
    const secretariat = (await viewerOf(app, world, "secretariat"))!;
    const noteId = expectOk(
      await app.notes.createAnnotation(delegate, { themeId: world.themeIds.read, body: "About to be archived", scope: "DELEGATION", tags: "", anchor: null }),
      "note",
    ).id;
    expectOk(await app.content.setThemeArchived(secretariat, world.themeIds.read, true), "archive");

    // Archived themes disappear for delegations, with their notes…
    expect(await app.noteReads.findNoteForViewer(delegate, SLUG, THEMES.read, noteId)).toBeNull();
    // …so "Make this an action" from that note must not find it either,
    expect(await app.actionReads.findNoteForNewAction(delegate, noteId)).toBeNull();
    // and linking a new action to it answers as for a note that does not exist.
    const create = (annotationId: string) =>
      app.actionWrites.createActionForViewer(head, app.actionValidation.ZActionCreateInput.parse({ title: "From an archived note", scope: "DELEGATION", annotationId }));
    same(await create(noteId), await create(randomUUID()));
  });

  it("a person deactivated before accepting their invitation cannot join with the link", async () => {
    const head = (await viewerOf(app, world, "headLk"))!;
    const person = await inviteIntoLk(app, head, world.lkId, "withdrawn", false);
    expectOk(await app.people.setPersonActive(head, person.id, false), "deactivate");
    expect(await app.invitations.acceptInvitation(person.token, "a long passphrase for the matrix")).toEqual({ ok: false });
    const user = await app.db.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(user.active).toBe(false);
  });
});
