import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase } from "../support/app-database";
import { ACTORS, CELLS, CANARY_NAMES, RESOURCES, cellTitle, forbiddenCanaries, canaryReaders, type TActor } from "../authz/matrix";
import { buildDalWorld, loadApp, viewerOf, type TApp, type TDalWorld } from "../authz/dal-world";
import { everythingVisibleTo } from "../authz/dal-sweep";
import { PROBES } from "../authz/dal-probes";

// The authorisation matrix at the data-access layer (test/authz/matrix.ts): every
// cell calls the real service or data function with the viewer the app would build
// from the actor's session, and checks what happened in the database. The same cells
// are checked over HTTP by e2e/authz/.

let app: TApp;
let world: TDalWorld;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  cleanup = await useAppDatabase();
  app = await loadApp();
  world = await buildDalWorld(app);
}, 600_000);
afterAll(async () => cleanup?.());

describe("[authz] the matrix", () => {
  it("has at least 300 cells, each with a probe at the data-access layer", () => {
    expect(CELLS.length).toBeGreaterThanOrEqual(300);
    const missing = CELLS.filter((c) => !PROBES[c.resource][c.operation]).map(cellTitle);
    expect(missing).toEqual([]);
  });

  it("anonymous has no session, and the deactivated person's session ended with the deactivation", async () => {
    expect(world.sessions.anonymous).toBeUndefined();
    const session = await app.db.session.findUniqueOrThrow({ where: { id: world.sessions.deactivated! } });
    expect(session.revokedAt).not.toBeNull();
    expect(await app.sessions.findViewerBySession(world.sessions.deactivated!)).toBeNull();
    // Even a session the deactivation had not revoked gives no viewer: the account decides.
    await app.db.session.update({ where: { id: session.id }, data: { revokedAt: null } });
    expect(await app.sessions.findViewerBySession(session.id)).toBeNull();
    await app.db.session.update({ where: { id: session.id }, data: { revokedAt: new Date() } });
    const again = await app.credentials.verifyCredentials(
      (await app.db.user.findUniqueOrThrow({ where: { id: world.userIds.deactivated } })).email,
      "a long passphrase for the matrix",
      "198.51.100.8",
    );
    expect(again).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("[authz] canaries at the data-access layer", () => {
  it("every canary is planted and reaches its readers", async () => {
    const seen = Object.fromEntries(CANARY_NAMES.map((n) => [n, [] as TActor[]]));
    for (const actor of ACTORS) {
      const text = await everythingVisibleTo(app, world, actor);
      for (const name of CANARY_NAMES) if (text.includes(world.canaries[name])) seen[name]!.push(actor);
    }
    // Exactly the readers the matrix names, no more and no fewer.
    const expected = Object.fromEntries(CANARY_NAMES.map((n) => [n, ACTORS.filter((a) => canaryReaders(n).includes(a))]));
    expect(seen).toEqual(expected);
  });

  for (const actor of ACTORS) {
    it(`no data function gives ${actor} a canary they may not see`, async () => {
      const text = await everythingVisibleTo(app, world, actor);
      const leaked = forbiddenCanaries(actor).filter((name) => text.includes(world.canaries[name]));
      expect(leaked).toEqual([]);
    });
  }
});

for (const resource of RESOURCES) {
  describe(`[authz] ${resource} at the data-access layer`, () => {
    for (const cell of CELLS.filter((c) => c.resource === resource)) {
      it(cellTitle(cell), async () => {
        const viewer = await viewerOf(app, world, cell.actor);
        if (!viewer) {
          // Refused at the session layer: no viewer, so every page redirects to sign-in
          // and every action and route handler answers as for anyone signed out.
          expect(["anonymous", "deactivated"]).toContain(cell.actor);
          expect(cell.expected).toBe("notFound");
          return;
        }
        const probe = PROBES[resource][cell.operation]!;
        const observed = await probe({ app, world, viewer, actor: cell.actor });
        expect(observed.done, `${cell.why}`).toBe(cell.expected === "allowed");
        if (cell.expected === "notFound" && observed.sameAsMissing !== undefined) {
          expect(observed.sameAsMissing, "the refusal must read exactly like a target that does not exist").toBe(true);
        }
      });
    }
  });
}
