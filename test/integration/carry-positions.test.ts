import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase } from "../support/app-database";
import { viewerFor } from "../support/viewers";
import type { Viewer } from "@/lib/auth/viewer";
import { DEMO_ACTORS, DEMO_EMAILS, type TDemoActor } from "../authz/matrix";

// Carrying a group position from a High-level Dialogue roundtable to the
// technical-meeting theme that follows it up (issue 15): who may, what is refused
// and that a refusal writes nothing; and the "From the High-level Dialogue" panel's
// contents for each viewer. Expectations are written by hand from the issue.
let db: typeof import("@/lib/db").db;
let writes: typeof import("@/lib/dal/positions-write");
let carry: typeof import("@/lib/dal/carry-position");
let panel: typeof import("@/lib/dal/carry-panel");
let positions: typeof import("@/lib/dal/positions");
let cleanup: () => Promise<void>;
const viewers = {} as Record<TDemoActor, Viewer>;

const HLD = "hld-2013";
const TTM = "ttm-2013";

beforeAll(async () => {
  cleanup = await useAppDatabase();
  ({ db } = await import("@/lib/db"));
  writes = await import("@/lib/dal/positions-write");
  carry = await import("@/lib/dal/carry-position");
  panel = await import("@/lib/dal/carry-panel");
  positions = await import("@/lib/dal/positions");
  for (const actor of DEMO_ACTORS) viewers[actor] = await viewerFor(DEMO_EMAILS[actor]);
});
afterAll(async () => cleanup?.());

const revisionOf = async (code: string, group: string) =>
  (await db.groupPosition.findFirst({ where: { group: group as "GOVERNMENT", theme: { code } }, select: { revision: true } }))?.revision ?? 0;

async function save(actor: TDemoActor, code: string, body: string) {
  const group = viewers[actor].delegation!.group;
  const outcome = await writes.savePositionText(viewers[actor], code.startsWith("RT") ? HLD : TTM, code, { body, baseRevision: await revisionOf(code, group) });
  expect(outcome.kind).toBe("saved");
}

async function moveTo(head: TDemoActor, code: string, to: "AGREED" | "DELIVERED" | "DRAFT") {
  const group = viewers[head].delegation!.group;
  const outcome = await writes.changePositionStatus(viewers[head], code.startsWith("RT") ? HLD : TTM, code, { to, baseRevision: await revisionOf(code, group) });
  expect(outcome.kind).toBe("changed");
}

/** Forget every carry and every position on the technical meeting's themes. */
async function resetTargets() {
  await db.positionCarry.deleteMany({});
  await db.groupPosition.deleteMany({ where: { theme: { meeting: { slug: TTM } } } });
}

/** What a carry may have written: positions, revisions, carries and audit rows. */
async function footprint() {
  const [p, r, c, a] = await Promise.all([
    db.groupPosition.count(),
    db.positionRevision.count(),
    db.positionCarry.count(),
    db.auditLog.count({ where: { action: "position.carry" } }),
  ]);
  return { positions: p, revisions: r, carries: c, audits: a };
}

describe("[carry] the seeded theme links", () => {
  it("links each technical-meeting theme to the roundtables the paper lines it up with", async () => {
    const links = await db.themeLink.findMany({ select: { theme: { select: { code: true } }, sourceTheme: { select: { code: true } } } });
    expect(links.map((l) => `${l.theme.code}<-${l.sourceTheme.code}`).sort()).toEqual(
      ["TTM-i<-RT1", "TTM-ii<-RT2", "TTM-iii<-RT4", "TTM-iv<-RT3", "TTM-iv<-RT4"].sort(),
    );
  });
});

// ── Authorisation: actor × status of the source position × linked or not.
// The government and employers' groups have a position on RT2 (moved through
// DRAFT → AGREED → DELIVERED); the workers' group has none. TTM-ii follows RT2 up,
// TTM-i does not.
type TExpect = "carried" | "refused" | "notFound";
const LINKED: Record<TDemoActor, TExpect> = {
  headLk: "carried",
  delegateLk: "carried",
  adviserLk: "refused",
  delegatePh: "carried",
  headIoe: "carried",
  headItuc: "notFound",
  observer: "notFound",
  secretariat: "notFound",
};
const STATUSES = ["DRAFT", "AGREED", "DELIVERED"] as const;

describe("[carry] who may carry a position (data layer)", () => {
  beforeAll(async () => {
    await save("headLk", "RT2", "Government RT2: protection of all migrant workers.");
    await save("headIoe", "RT2", "Employers RT2: fair recruitment.");
  });

  for (const [index, status] of STATUSES.entries()) {
    describe(`source position ${status}`, () => {
      beforeAll(async () => {
        if (index > 0) {
          await moveTo("headLk", "RT2", status);
          await moveTo("headIoe", "RT2", status);
        }
      });
      for (const actor of DEMO_ACTORS) {
        it(`${actor} → TTM-ii (follows RT2 up): ${LINKED[actor]}`, async () => {
          await resetTargets();
          const before = await footprint();
          const outcome = await carry.carryPosition(viewers[actor], TTM, "TTM-ii", "RT2");
          expect(outcome.kind).toBe(LINKED[actor]);
          const after = await footprint();
          if (LINKED[actor] === "carried") {
            expect(after).toEqual({ ...before, positions: before.positions + 1, revisions: before.revisions + 1, carries: 1, audits: before.audits + 1 });
            const group = viewers[actor].delegation!.group;
            const [target, source] = await Promise.all([
              db.groupPosition.findFirstOrThrow({ where: { group, theme: { code: "TTM-ii" } } }),
              db.groupPosition.findFirstOrThrow({ where: { group, theme: { code: "RT2" } } }),
            ]);
            expect(target).toMatchObject({ status: "DRAFT", revision: 1, body: source.body });
            expect(target.bodyHtml).toContain(source.body.split(":")[0]);
            const link = await db.positionCarry.findFirstOrThrow({});
            expect(link).toMatchObject({ sourcePositionId: source.id, sourceRevision: source.revision, targetPositionId: target.id, targetRevision: 1, carriedById: viewers[actor].userId });
          } else {
            expect(after).toEqual(before);
          }
        });
        it(`${actor} → TTM-i (does not follow RT2 up): notFound`, async () => {
          await resetTargets();
          const before = await footprint();
          expect((await carry.carryPosition(viewers[actor], TTM, "TTM-i", "RT2")).kind).toBe("notFound");
          expect(await footprint()).toEqual(before);
        });
      }
    });
  }
});

describe("[carry] refusals write nothing", () => {
  it("refuses carrying the same position twice, with a reason", async () => {
    await resetTargets();
    expect((await carry.carryPosition(viewers.delegateLk, TTM, "TTM-ii", "RT2")).kind).toBe("carried");
    const before = await footprint();
    expect(await carry.carryPosition(viewers.headLk, TTM, "TTM-ii", "RT2")).toEqual({ kind: "alreadyCarried" });
    expect(await footprint()).toEqual(before);
  });

  it("carries into an existing draft as a new revision, keeping the earlier text in its history", async () => {
    await resetTargets();
    await save("delegateLk", "TTM-ii", "Our own start on TTM-ii.");
    expect(await carry.carryPosition(viewers.delegatePh, TTM, "TTM-ii", "RT2")).toEqual({ kind: "carried", revision: 2 });
    const revisions = await db.positionRevision.findMany({ where: { position: { group: "GOVERNMENT", theme: { code: "TTM-ii" } } }, orderBy: { number: "asc" } });
    expect(revisions.map((r) => r.body)).toEqual(["Our own start on TTM-ii.", "Government RT2: protection of all migrant workers."]);
  });

  it("refuses carrying into a position that is DELIVERED (or AGREED)", async () => {
    await resetTargets();
    await save("delegateLk", "TTM-ii", "Delivered TTM-ii text.");
    await moveTo("headLk", "TTM-ii", "AGREED");
    let before = await footprint();
    expect(await carry.carryPosition(viewers.delegateLk, TTM, "TTM-ii", "RT2")).toEqual({ kind: "locked", status: "AGREED" });
    expect(await footprint()).toEqual(before);
    await moveTo("headLk", "TTM-ii", "DELIVERED");
    before = await footprint();
    expect(await carry.carryPosition(viewers.headLk, TTM, "TTM-ii", "RT2")).toEqual({ kind: "locked", status: "DELIVERED" });
    expect(await footprint()).toEqual(before);
    expect((await db.groupPosition.findFirstOrThrow({ where: { group: "GOVERNMENT", theme: { code: "TTM-ii" } } })).body).toBe("Delivered TTM-ii text.");
  });

  it("answers not found from an archived roundtable, and from a theme or meeting that does not exist", async () => {
    await resetTargets();
    const rt2 = await db.theme.findFirstOrThrow({ where: { code: "RT2" } });
    await db.theme.update({ where: { id: rt2.id }, data: { archivedAt: new Date() } });
    try {
      const before = await footprint();
      expect((await carry.carryPosition(viewers.headLk, TTM, "TTM-ii", "RT2")).kind).toBe("notFound");
      expect((await carry.carryPosition(viewers.delegateLk, TTM, "TTM-ii", "RT2")).kind).toBe("notFound");
      expect(await footprint()).toEqual(before);
    } finally {
      await db.theme.update({ where: { id: rt2.id }, data: { archivedAt: null } });
    }
    expect((await carry.carryPosition(viewers.headLk, TTM, "TTM-ii", "RT9")).kind).toBe("notFound");
    expect((await carry.carryPosition(viewers.headLk, "no-such-meeting", "TTM-ii", "RT2")).kind).toBe("notFound");
    expect((await carry.carryPosition(viewers.headLk, TTM, "TTM-ii", "RT2")).kind).toBe("carried");
  });

  it("records who carried what in the audit log", async () => {
    await resetTargets();
    await carry.carryPosition(viewers.delegateLk, TTM, "TTM-ii", "RT2");
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "position.carry" }, orderBy: { id: "desc" } });
    expect(entry).toMatchObject({ actorId: viewers.delegateLk.userId, delegationId: viewers.delegateLk.delegation!.id, entityType: "GroupPosition" });
    expect(entry.summary).toMatchObject({ theme: "TTM-ii", group: "GOVERNMENT", revision: 1, from: "RT2" });
  });

  it("shows the carry on both positions, to the group's delegations only", async () => {
    const links = await import("@/lib/dal/carry-links");
    const ids = Object.fromEntries((await db.theme.findMany({ where: { code: { in: ["RT2", "TTM-ii"] } }, select: { id: true, code: true } })).map((t) => [t.code, t.id]));
    for (const actor of DEMO_ACTORS) {
      const member = ["headLk", "delegateLk", "adviserLk", "delegatePh"].includes(actor);
      const source = await links.positionCarriesFor(viewers[actor], ids.RT2!, "GOVERNMENT");
      const target = await links.positionCarriesFor(viewers[actor], ids["TTM-ii"]!, "GOVERNMENT");
      expect(source.to.map((c) => c.theme.code)).toEqual(member ? ["TTM-ii"] : []);
      expect(target.from.map((c) => c.theme.code)).toEqual(member ? ["RT2"] : []);
      expect([...source.from, ...target.to]).toEqual([]);
    }
  });
});

describe("[carry] the panel shows each viewer what they may see on the roundtable", () => {
  // Unresolved notes and open actions of each scope on RT2, by Sri Lanka and the IOE.
  const planted: Record<string, string> = {};
  beforeAll(async () => {
    const notes = await import("@/lib/services/annotations-notes");
    const actionWrites = await import("@/lib/dal/actions-write");
    const { ZActionCreateInput } = await import("@/lib/validation/follow-up-actions");
    // The employers reopen their RT2 position: a draft only their group may read,
    // while the government's stays DELIVERED, readable by all.
    await moveTo("headIoe", "RT2", "DRAFT");
    const rt2 = await db.theme.findFirstOrThrow({ where: { code: "RT2" }, select: { id: true } });
    for (const [actor, scope] of [["delegateLk", "DELEGATION"], ["delegateLk", "GROUP"], ["delegateLk", "ALL"], ["headIoe", "GROUP"]] as const) {
      const result = await notes.createAnnotation(viewers[actor], { themeId: rt2.id, body: `Panel note ${actor} ${scope}`, scope, tags: "", anchor: null });
      if (!result.ok) throw new Error(JSON.stringify(result));
      planted[`note.${actor}.${scope}`] = result.value.id;
    }
    for (const [actor, scope] of [["headLk", "DELEGATION"], ["headLk", "GROUP"], ["headIoe", "DELEGATION"]] as const) {
      const result = await actionWrites.createActionForViewer(viewers[actor], ZActionCreateInput.parse({ title: `Panel action ${actor} ${scope}`, scope, themeId: rt2.id }));
      if (!result.ok) throw new Error(JSON.stringify(result));
      planted[`action.${actor}.${scope}`] = result.value.id;
    }
  });

  const NOTES: Record<TDemoActor, string[]> = {
    headLk: ["note.delegateLk.DELEGATION", "note.delegateLk.GROUP"],
    delegateLk: ["note.delegateLk.DELEGATION", "note.delegateLk.GROUP"],
    adviserLk: ["note.delegateLk.DELEGATION", "note.delegateLk.GROUP"],
    delegatePh: ["note.delegateLk.GROUP"],
    headIoe: ["note.headIoe.GROUP"],
    headItuc: [],
    observer: [],
    secretariat: [],
  };
  const ACTIONS: Record<TDemoActor, string[]> = {
    headLk: ["action.headLk.DELEGATION", "action.headLk.GROUP"],
    delegateLk: ["action.headLk.DELEGATION", "action.headLk.GROUP"],
    adviserLk: ["action.headLk.DELEGATION", "action.headLk.GROUP"],
    delegatePh: ["action.headLk.GROUP"],
    headIoe: ["action.headIoe.DELEGATION"],
    headItuc: [],
    observer: [],
    secretariat: [],
  };
  for (const actor of DEMO_ACTORS) {
    it(`${actor}: positions, notes and actions of RT2 as on RT2 itself`, async () => {
      const ttm = await db.theme.findFirstOrThrow({ where: { code: "TTM-ii" }, select: { id: true } });
      const rt2 = (await panel.dialoguePanelFor(viewers[actor], ttm.id))[0]!;
      expect(rt2.code).toBe("RT2");
      // Positions: exactly those the roundtable's own position pages let the viewer read.
      const readable: string[] = [];
      for (const group of ["GOVERNMENT", "EMPLOYERS", "WORKERS"] as const) {
        if (await positions.findPositionForViewer(viewers[actor], HLD, "RT2", group).then((p) => p?.exists)) readable.push(group);
      }
      expect(rt2.positions.map((p) => p.group)).toEqual(readable);
      expect(rt2.annotations.map((n) => n.id).sort()).toEqual(NOTES[actor].map((k) => planted[k]).sort());
      expect(rt2.actions.map((a) => a.id).sort()).toEqual(ACTIONS[actor].map((k) => planted[k]).sort());
    });
  }
});

describe("[carry] the secretariat edits the theme links, audited", () => {
  const codesOf = async (code: string) =>
    (await db.themeLink.findMany({ where: { theme: { code } }, select: { sourceTheme: { select: { code: true } } } })).map((l) => l.sourceTheme.code).sort();

  it("replaces a theme's links in one audited write; anyone else, or a wrong direction, is not found and changes nothing", async () => {
    const links = await import("@/lib/services/theme-links");
    const ids = Object.fromEntries((await db.theme.findMany({ select: { id: true, code: true } })).map((t) => [t.code, t.id]));
    const audits = () => db.auditLog.count({ where: { action: "theme.links" } });

    for (const actor of DEMO_ACTORS.filter((a) => a !== "secretariat")) {
      expect(await links.setThemeLinks(viewers[actor], ids["TTM-ii"]!, [ids.RT1!])).toEqual({ ok: false, notFound: true });
      expect(await links.themeLinksForAdmin(viewers[actor], ids["TTM-ii"]!)).toBeNull();
    }
    // A roundtable does not follow anything up, and a technical-meeting theme is not a roundtable.
    expect(await links.setThemeLinks(viewers.secretariat, ids.RT2!, [ids.RT1!])).toEqual({ ok: false, notFound: true });
    expect(await links.setThemeLinks(viewers.secretariat, ids["TTM-ii"]!, [ids["TTM-i"]!])).toEqual({ ok: false, notFound: true });
    expect(await codesOf("TTM-ii")).toEqual(["RT2"]);
    expect(await audits()).toBe(0);

    const form = await links.themeLinksForAdmin(viewers.secretariat, ids["TTM-ii"]!);
    expect(form?.candidates.map((c) => c.code)).toEqual(["RT1", "RT2", "RT3", "RT4"]);
    expect(form?.linked).toEqual([ids.RT2]);

    expect(await links.setThemeLinks(viewers.secretariat, ids["TTM-ii"]!, [ids.RT1!, ids.RT3!])).toEqual({ ok: true, value: { added: ["RT1", "RT3"], removed: ["RT2"] } });
    expect(await codesOf("TTM-ii")).toEqual(["RT1", "RT3"]);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "theme.links" } });
    expect(entry).toMatchObject({ actorId: viewers.secretariat.userId, entityType: "Theme", entityId: ids["TTM-ii"] });
    expect(entry.summary).toEqual({ theme: "TTM-ii", added: ["RT1", "RT3"], removed: ["RT2"] });

    // Unlinked, RT2's position can no longer be carried to TTM-ii.
    await resetTargets();
    expect((await carry.carryPosition(viewers.headLk, TTM, "TTM-ii", "RT2")).kind).toBe("notFound");
    expect(await links.setThemeLinks(viewers.secretariat, ids["TTM-ii"]!, [ids.RT2!])).toMatchObject({ ok: true });
    expect(await codesOf("TTM-ii")).toEqual(["RT2"]);
  });
});

describe("[carry] moving an open action to the theme that follows its roundtable up", () => {
  let actionWrites: typeof import("@/lib/dal/actions-write");
  let carryActions: typeof import("@/lib/dal/carry-action");
  let ZActionCreateInput: typeof import("@/lib/validation/follow-up-actions").ZActionCreateInput;
  let rt2Id: string;
  beforeAll(async () => {
    actionWrites = await import("@/lib/dal/actions-write");
    carryActions = await import("@/lib/dal/carry-action");
    ({ ZActionCreateInput } = await import("@/lib/validation/follow-up-actions"));
    rt2Id = (await db.theme.findFirstOrThrow({ where: { code: "RT2" }, select: { id: true } })).id;
  });
  async function plantAction(scope: "DELEGATION" | "GROUP") {
    const result = await actionWrites.createActionForViewer(viewers.headLk, ZActionCreateInput.parse({ title: `Carry me ${scope}`, scope, themeId: rt2Id }));
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.value.id;
  }
  const actionFootprint = async (id: string) => ({
    row: await db.followUpAction.findUniqueOrThrow({ where: { id }, select: { themeId: true, meetingId: true, version: true } }),
    events: await db.actionEvent.count({ where: { actionId: id } }),
    audits: await db.auditLog.count({ where: { action: "action.carry" } }),
  });

  // Actions created by Sri Lanka's head: only they (creator, owning head) may move them.
  const EXPECT: Record<"DELEGATION" | "GROUP", Record<TDemoActor, "carried" | "refused" | "notFound">> = {
    DELEGATION: { headLk: "carried", delegateLk: "refused", adviserLk: "refused", delegatePh: "notFound", headIoe: "notFound", headItuc: "notFound", observer: "notFound", secretariat: "notFound" },
    GROUP: { headLk: "carried", delegateLk: "refused", adviserLk: "refused", delegatePh: "refused", headIoe: "notFound", headItuc: "notFound", observer: "notFound", secretariat: "notFound" },
  };
  for (const scope of ["DELEGATION", "GROUP"] as const) {
    for (const actor of DEMO_ACTORS) {
      it(`${scope} action, ${actor} → TTM-ii: ${EXPECT[scope][actor]}; → TTM-i: notFound`, async () => {
        const id = await plantAction(scope);
        const before = await actionFootprint(id);
        expect((await carryActions.carryAction(viewers[actor], id, TTM, "TTM-i")).kind).toBe("notFound");
        expect(await actionFootprint(id)).toEqual(before);
        expect((await carryActions.carryAction(viewers[actor], id, TTM, "TTM-ii")).kind).toBe(EXPECT[scope][actor]);
        const after = await actionFootprint(id);
        if (EXPECT[scope][actor] === "carried") {
          const ttm = await db.theme.findFirstOrThrow({ where: { code: "TTM-ii" }, select: { id: true, meetingId: true } });
          expect(after).toEqual({ row: { themeId: ttm.id, meetingId: ttm.meetingId, version: before.row.version + 1 }, events: before.events + 1, audits: before.audits + 1 });
          const event = await db.actionEvent.findFirstOrThrow({ where: { actionId: id }, orderBy: { id: "desc" } });
          expect(event).toMatchObject({ kind: "updated", actorId: viewers[actor].userId, changes: { themeId: { before: rt2Id, after: ttm.id } } });
        } else {
          expect(after).toEqual(before);
        }
      });
    }
  }

  it("refuses carrying twice and carrying a finished action; an archived roundtable's action is not found", async () => {
    const id = await plantAction("GROUP");
    expect((await carryActions.carryAction(viewers.headLk, id, TTM, "TTM-ii")).kind).toBe("carried");
    let before = await actionFootprint(id);
    expect((await carryActions.carryAction(viewers.headLk, id, TTM, "TTM-ii")).kind).toBe("alreadyCarried");
    expect(await actionFootprint(id)).toEqual(before);

    const done = await plantAction("DELEGATION");
    const moved = await actionWrites.changeActionStatusForViewer(viewers.headLk, { id: done, fromStatus: "OPEN", status: "CANCELLED" });
    expect(moved.ok).toBe(true);
    before = await actionFootprint(done);
    expect((await carryActions.carryAction(viewers.headLk, done, TTM, "TTM-ii")).kind).toBe("finished");
    expect(await actionFootprint(done)).toEqual(before);

    const archived = await plantAction("GROUP");
    await db.theme.update({ where: { id: rt2Id }, data: { archivedAt: new Date() } });
    try {
      before = await actionFootprint(archived);
      expect((await carryActions.carryAction(viewers.headLk, archived, TTM, "TTM-ii")).kind).toBe("notFound");
      expect(await actionFootprint(archived)).toEqual(before);
    } finally {
      await db.theme.update({ where: { id: rt2Id }, data: { archivedAt: null } });
    }
  });
});

describe("[carry] copying a note to the theme that follows its roundtable up", () => {
  let notes: typeof import("@/lib/services/annotations-notes");
  let carryNotes: typeof import("@/lib/services/carry-note");
  let rt2Id: string;
  let ttmId: string;
  beforeAll(async () => {
    notes = await import("@/lib/services/annotations-notes");
    carryNotes = await import("@/lib/services/carry-note");
    rt2Id = (await db.theme.findFirstOrThrow({ where: { code: "RT2" }, select: { id: true } })).id;
    ttmId = (await db.theme.findFirstOrThrow({ where: { code: "TTM-ii" }, select: { id: true } })).id;
  });
  async function plantNote(scope: "DELEGATION" | "GROUP" | "ALL") {
    const result = await notes.createAnnotation(viewers.delegateLk, { themeId: rt2Id, body: `Carry this **${scope}** note`, scope, tags: "recruitment", anchor: null });
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.value.id;
  }
  const noteFootprint = async () => ({
    notes: await db.annotation.count({ where: { themeId: ttmId } }),
    audits: await db.auditLog.count({ where: { action: "annotation.carry" } }),
  });
  type TNoteExpect = "carried" | "notFound" | "scope";
  // Who may see the note and write a note of its scope copies it; the secretariat
  // writes no notes; an observer writes only public ones.
  const EXPECT: Record<"DELEGATION" | "GROUP" | "ALL", Record<TDemoActor, TNoteExpect>> = {
    DELEGATION: { headLk: "carried", delegateLk: "carried", adviserLk: "carried", delegatePh: "notFound", headIoe: "notFound", headItuc: "notFound", observer: "notFound", secretariat: "notFound" },
    GROUP: { headLk: "carried", delegateLk: "carried", adviserLk: "carried", delegatePh: "carried", headIoe: "notFound", headItuc: "notFound", observer: "notFound", secretariat: "notFound" },
    ALL: { headLk: "carried", delegateLk: "carried", adviserLk: "carried", delegatePh: "carried", headIoe: "carried", headItuc: "carried", observer: "carried", secretariat: "notFound" },
  };
  const kindOf = (r: Awaited<ReturnType<typeof carryNotes.carryNote>>): string =>
    r.ok ? "carried" : "notFound" in r ? "notFound" : "alreadyCarried" in r ? "alreadyCarried" : "fieldErrors" in r ? "scope" : "other";

  for (const scope of ["DELEGATION", "GROUP", "ALL"] as const) {
    for (const actor of DEMO_ACTORS) {
      it(`${scope} note, ${actor} → TTM-ii: ${EXPECT[scope][actor]}; → TTM-i: notFound`, async () => {
        const id = await plantNote(scope);
        const before = await noteFootprint();
        expect(kindOf(await carryNotes.carryNote(viewers[actor], id, TTM, "TTM-i", "From RT2"))).toBe("notFound");
        const result = await carryNotes.carryNote(viewers[actor], id, TTM, "TTM-ii", "From RT2");
        expect(kindOf(result)).toBe(EXPECT[scope][actor]);
        const after = await noteFootprint();
        if (result.ok) {
          expect(after).toEqual({ notes: before.notes + 1, audits: before.audits + 1 });
          const copy = await db.annotation.findUniqueOrThrow({ where: { id: result.value.id } });
          expect(copy).toMatchObject({ themeId: ttmId, scope, carriedFromId: id, authorId: viewers[actor].userId, paragraphId: null, tags: ["recruitment"] });
          expect(copy.bodyHtml).toContain(`/meetings/hld-2013/themes/RT2/notes/${id}`);
          expect(copy.bodyHtml).toContain(`<strong>${scope}</strong>`);
          expect(kindOf(await carryNotes.carryNote(viewers[actor], id, TTM, "TTM-ii", "From RT2"))).toBe("alreadyCarried");
          expect(await noteFootprint()).toEqual(after);
        } else {
          expect(after).toEqual(before);
        }
      });
    }
  }
});

describe("[carry] the chain of linked meetings", () => {
  it("lists each meeting's links both ways, without an archived roundtable for delegations", async () => {
    const chain = await import("@/lib/dal/carry-chain");
    const pairs = (links: { theme: { code: string }; sourceTheme: { code: string } }[]) => links.map((l) => `${l.theme.code}<-${l.sourceTheme.code}`);
    const ALL_LINKS = ["TTM-i<-RT1", "TTM-ii<-RT2", "TTM-iii<-RT4", "TTM-iv<-RT3", "TTM-iv<-RT4"];
    const ttm = await chain.meetingChainFor(viewers.delegateLk, TTM);
    expect(pairs(ttm.followsUp)).toEqual(ALL_LINKS);
    expect(ttm.followedBy).toEqual([]);
    const hld = await chain.meetingChainFor(viewers.headIoe, HLD);
    expect(hld.followsUp).toEqual([]);
    expect(pairs(hld.followedBy)).toEqual(ALL_LINKS);

    const rt3 = await db.theme.findFirstOrThrow({ where: { code: "RT3" }, select: { id: true } });
    await db.theme.update({ where: { id: rt3.id }, data: { archivedAt: new Date() } });
    try {
      for (const actor of DEMO_ACTORS) {
        const { followsUp } = await chain.meetingChainFor(viewers[actor], TTM);
        expect(pairs(followsUp)).toEqual(actor === "secretariat" ? ALL_LINKS : ALL_LINKS.filter((l) => l !== "TTM-iv<-RT3"));
      }
    } finally {
      await db.theme.update({ where: { id: rt3.id }, data: { archivedAt: null } });
    }
  });
});

describe("[carry] positions side by side for one group", () => {
  it("shows each viewer the statuses the positions matrix would", async () => {
    const sideBySide = await import("@/lib/dal/carry-matrix");
    await resetTargets();
    expect((await carry.carryPosition(viewers.headLk, TTM, "TTM-ii", "RT2")).kind).toBe("carried");
    const EXPECT: Record<TDemoActor, string | null> = {
      headLk: "DRAFT",
      delegateLk: "DRAFT",
      adviserLk: "DRAFT",
      delegatePh: "DRAFT",
      headIoe: null,
      headItuc: null,
      observer: null,
      secretariat: "DRAFT",
    };
    for (const actor of DEMO_ACTORS) {
      const matrix = (await sideBySide.linkedMatrixFor(viewers[actor], TTM, "GOVERNMENT"))!;
      expect(matrix.rows.map((r) => r.code)).toEqual(["TTM-i", "TTM-ii", "TTM-iii", "TTM-iv"]);
      const row = matrix.rows.find((r) => r.code === "TTM-ii")!;
      expect(row.status).toBe(EXPECT[actor]);
      expect(row.sources).toEqual([{ code: "RT2", meetingSlug: HLD, status: "DELIVERED" }]);
    }
  });
});

describe("[carry] a note on a passage", () => {
  it("lands on the same passage when the theme's text has it, else on the whole theme", async () => {
    const notes = await import("@/lib/services/annotations-notes");
    const carryNotes = await import("@/lib/services/carry-note");
    const content = await import("@/lib/services/admin-content");
    const { ZThemeInput } = await import("@/lib/validation/admin");
    const quote = "Domestic Workers Convention, 2011 (No. 189)";
    const rt2 = await db.theme.findFirstOrThrow({ where: { code: "RT2" }, select: { id: true, paragraphs: { select: { id: true, text: true } } } });
    const ttm = await db.theme.findFirstOrThrow({ where: { code: "TTM-ii" }, select: { id: true, title: true } });
    const source = rt2.paragraphs.find((p) => p.text.includes(quote))!;
    const other = rt2.paragraphs.find((p) => !p.text.includes(quote))!;
    const background = `Low-skilled migrant workers, domestic workers in particular, and the ${quote}.`;
    expect((await content.updateTheme(viewers.secretariat, ttm.id, ZThemeInput.parse({ code: "TTM-ii", title: ttm.title, background }))).ok).toBe(true);

    const plant = async (paragraph: { id: string; text: string }, exact: string) => {
      const start = paragraph.text.indexOf(exact);
      const result = await notes.createAnnotation(viewers.delegateLk, {
        themeId: rt2.id,
        body: `On “${exact}”`,
        scope: "GROUP",
        tags: "",
        anchor: { paragraphId: paragraph.id, start, end: start + exact.length, quote: exact },
      });
      if (!result.ok) throw new Error(JSON.stringify(result));
      return result.value.id;
    };
    const onPassage = await plant(source, quote);
    const elsewhere = await plant(other, other.text.slice(0, 30));

    const carried = await carryNotes.carryNote(viewers.delegatePh, onPassage, TTM, "TTM-ii", "From RT2");
    if (!carried.ok) throw new Error(JSON.stringify(carried));
    const paragraph = await db.themeParagraph.findFirstOrThrow({ where: { themeId: ttm.id }, select: { id: true } });
    const copy = await db.annotation.findUniqueOrThrow({ where: { id: carried.value.id } });
    expect(copy).toMatchObject({ paragraphId: paragraph.id, quoteExact: quote, positionStart: background.indexOf(quote), positionEnd: background.indexOf(quote) + quote.length, carriedFromId: onPassage });

    const whole = await carryNotes.carryNote(viewers.delegatePh, elsewhere, TTM, "TTM-ii", "From RT2");
    if (!whole.ok) throw new Error(JSON.stringify(whole));
    expect(await db.annotation.findUniqueOrThrow({ where: { id: whole.value.id } })).toMatchObject({ paragraphId: null, quoteExact: null, carriedFromId: elsewhere });
  });
});
