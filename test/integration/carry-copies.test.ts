import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase } from "../support/app-database";
import { viewerFor } from "../support/viewers";
import { usingRealPostgres } from "../support/test-database";
import type { Viewer } from "@/lib/auth/viewer";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEMO_ACTORS, DEMO_EMAILS, type TDemoActor } from "../authz/matrix";

// Copying forward (issue 15): an open action copied (not moved) from RT2 to TTM-ii,
// which follows RT2 up, keeps a link both ways, is audited and is refused a second
// time; a note or an action is copied to a theme once, even when two copies race —
// the unique indexes of migration 20261202110000_carry_copies hold it, and the loser
// gets the same answer as a second copy. Expectations are written by hand.
let db: typeof import("@/lib/db").db;
let carryActions: typeof import("@/lib/dal/carry-action");
let carryNotes: typeof import("@/lib/services/carry-note");
let actionWrites: typeof import("@/lib/dal/actions-write");
let notes: typeof import("@/lib/services/annotations-notes");
let actionsRead: typeof import("@/lib/dal/actions");
let ZActionCreateInput: typeof import("@/lib/validation/follow-up-actions").ZActionCreateInput;
let cleanup: () => Promise<void>;
const viewers = {} as Record<TDemoActor, Viewer>;
let rt2: { id: string; meetingId: string };
let ttm: { id: string; meetingId: string };

const TTM = "ttm-2013";

beforeAll(async () => {
  cleanup = await useAppDatabase();
  ({ db } = await import("@/lib/db"));
  carryActions = await import("@/lib/dal/carry-action");
  carryNotes = await import("@/lib/services/carry-note");
  actionWrites = await import("@/lib/dal/actions-write");
  notes = await import("@/lib/services/annotations-notes");
  actionsRead = await import("@/lib/dal/actions");
  ({ ZActionCreateInput } = await import("@/lib/validation/follow-up-actions"));
  for (const actor of DEMO_ACTORS) viewers[actor] = await viewerFor(DEMO_EMAILS[actor]);
  rt2 = await db.theme.findFirstOrThrow({ where: { code: "RT2" }, select: { id: true, meetingId: true } });
  ttm = await db.theme.findFirstOrThrow({ where: { code: "TTM-ii" }, select: { id: true, meetingId: true } });
});
afterAll(async () => cleanup?.());

/** An action on RT2 by Sri Lanka's head, assigned to delegate.lk (DELEGATION) or delegate.ph (GROUP). */
async function plantAction(scope: "DELEGATION" | "GROUP", title = `Copy me ${scope}`, dueOn = "2013-10-20") {
  const assigneeId = scope === "DELEGATION" ? viewers.delegateLk.userId : viewers.delegatePh.userId;
  const input = ZActionCreateInput.parse({ title, description: "Brief **in Markdown**", scope, themeId: rt2.id, assigneeId, dueOn, priority: "HIGH" });
  const result = await actionWrites.createActionForViewer(viewers.headLk, input);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value.id;
}

async function plantNote(scope: "DELEGATION" | "GROUP" | "ALL") {
  const result = await notes.createAnnotation(viewers.delegateLk, { themeId: rt2.id, body: `Copy this ${scope} note`, scope, tags: "", anchor: null });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value.id;
}

/** Everything a copy of `sourceId` may have written. */
async function actionFootprint(sourceId: string) {
  const [copies, sourceEvents, audits, source] = await Promise.all([
    db.followUpAction.count({ where: { copiedFromId: sourceId } }),
    db.actionEvent.count({ where: { actionId: sourceId } }),
    db.auditLog.count({ where: { action: "action.copy" } }),
    db.followUpAction.findUniqueOrThrow({ where: { id: sourceId }, select: { themeId: true, meetingId: true, version: true } }),
  ]);
  return { copies, sourceEvents, audits, source };
}

async function noteFootprint(sourceId: string) {
  const [copies, audits] = await Promise.all([
    db.annotation.count({ where: { carriedFromId: sourceId } }),
    db.auditLog.count({ where: { action: "annotation.carry" } }),
  ]);
  return { copies, audits };
}

type TExpect = "copied" | "refused" | "notFound";
// Who may copy: whoever may edit the action — its creator (Sri Lanka's head, also the
// owning head) and its assignee (delegate.lk, delegate.ph); advisers never; whoever
// cannot see it (other delegations for DELEGATION, other groups, the secretariat)
// gets "not found".
const EXPECT: Record<"DELEGATION" | "GROUP", Record<TDemoActor, TExpect>> = {
  DELEGATION: { headLk: "copied", delegateLk: "copied", adviserLk: "refused", delegatePh: "notFound", headIoe: "notFound", headItuc: "notFound", observer: "notFound", secretariat: "notFound" },
  GROUP: { headLk: "copied", delegateLk: "refused", adviserLk: "refused", delegatePh: "copied", headIoe: "notFound", headItuc: "notFound", observer: "notFound", secretariat: "notFound" },
};

describe("[carry] copying an open action to the theme that follows its roundtable up (data layer)", () => {
  for (const scope of ["DELEGATION", "GROUP"] as const) {
    for (const actor of DEMO_ACTORS) {
      it(`${scope} action, ${actor} → TTM-ii: ${EXPECT[scope][actor]}; → TTM-i: notFound`, async () => {
        const id = await plantAction(scope);
        const before = await actionFootprint(id);
        expect((await carryActions.copyAction(viewers[actor], id, TTM, "TTM-i")).kind).toBe("notFound");
        expect(await actionFootprint(id)).toEqual(before);
        const outcome = await carryActions.copyAction(viewers[actor], id, TTM, "TTM-ii");
        expect(outcome.kind).toBe(EXPECT[scope][actor]);
        if (outcome.kind !== "copied") {
          expect(await actionFootprint(id)).toEqual(before);
          return;
        }
        // One copy, one event on each side, one audit row; the source stays on RT2.
        expect(await actionFootprint(id)).toEqual({ ...before, copies: 1, sourceEvents: before.sourceEvents + 1, audits: before.audits + 1 });
        const [source, copy] = await Promise.all([
          db.followUpAction.findUniqueOrThrow({ where: { id } }),
          db.followUpAction.findUniqueOrThrow({ where: { id: outcome.id } }),
        ]);
        expect(copy).toMatchObject({
          themeId: ttm.id,
          meetingId: ttm.meetingId,
          copiedFromId: id,
          creatorId: viewers[actor].userId,
          title: source.title,
          descriptionHtml: source.descriptionHtml,
          scope: source.scope,
          delegationId: source.delegationId,
          group: source.group,
          assigneeId: source.assigneeId,
          dueOn: source.dueOn,
          priority: "HIGH",
          status: "OPEN",
          version: 1,
        });
        const events = await db.actionEvent.findMany({ where: { actionId: { in: [id, copy.id] }, kind: { in: ["copied", "copiedTo"] } } });
        expect(events.map((e) => [e.actionId, e.kind, e.actorId]).sort()).toEqual(
          [
            [copy.id, "copied", viewers[actor].userId],
            [id, "copiedTo", viewers[actor].userId],
          ].sort(),
        );
        const audit = await db.auditLog.findFirstOrThrow({ where: { action: "action.copy", entityId: copy.id } });
        expect(audit).toMatchObject({ actorId: viewers[actor].userId, entityType: "FollowUpAction" });
        expect(audit.summary).toEqual({ from: "RT2", to: "TTM-ii", sourceId: id });

        // Both pages link to the other, for whoever may see them.
        const [sourcePage, copyPage] = await Promise.all([actionsRead.findActionForViewer(viewers[actor], id), actionsRead.findActionForViewer(viewers[actor], copy.id)]);
        expect(sourcePage?.copiedTo).toEqual([{ id: copy.id, code: "TTM-ii" }]);
        expect(copyPage?.copiedFrom).toEqual({ id, code: "RT2" });

        // A second copy, by anyone, and a move after the copy: refused, nothing written.
        const after = await actionFootprint(id);
        for (const other of ["headLk", "delegateLk", "delegatePh"] as const) {
          const again = await carryActions.copyAction(viewers[other], id, TTM, "TTM-ii");
          expect(["alreadyCopied", "refused", "notFound"]).toContain(again.kind);
          if (EXPECT[scope][other] === "copied") expect(again.kind).toBe("alreadyCopied");
        }
        expect((await carryActions.carryAction(viewers[actor], id, TTM, "TTM-ii")).kind).toBe("alreadyCopied");
        expect(await actionFootprint(id)).toEqual(after);
      });
    }
  }

  it("refuses copying a finished action, copying the copy, and from an archived roundtable; nothing written", async () => {
    const done = await plantAction("DELEGATION");
    expect((await actionWrites.changeActionStatusForViewer(viewers.headLk, { id: done, fromStatus: "OPEN", status: "CANCELLED" })).ok).toBe(true);
    let before = await actionFootprint(done);
    expect((await carryActions.copyAction(viewers.headLk, done, TTM, "TTM-ii")).kind).toBe("finished");
    expect(await actionFootprint(done)).toEqual(before);

    // The copy lives on TTM-ii: there it already is.
    const source = await plantAction("GROUP");
    const copied = await carryActions.copyAction(viewers.headLk, source, TTM, "TTM-ii");
    if (copied.kind !== "copied") throw new Error(copied.kind);
    before = await actionFootprint(copied.id);
    expect((await carryActions.copyAction(viewers.headLk, copied.id, TTM, "TTM-ii")).kind).toBe("alreadyCarried");
    expect(await actionFootprint(copied.id)).toEqual(before);

    const archived = await plantAction("GROUP");
    await db.theme.update({ where: { id: rt2.id }, data: { archivedAt: new Date() } });
    try {
      before = await actionFootprint(archived);
      expect((await carryActions.copyAction(viewers.headLk, archived, TTM, "TTM-ii")).kind).toBe("notFound");
      expect(await actionFootprint(archived)).toEqual(before);
    } finally {
      await db.theme.update({ where: { id: rt2.id }, data: { archivedAt: null } });
    }
  });

  it("a copied action shows 'copied to TTM-ii' on the panel, and offers neither move nor copy again", async () => {
    const panel = await import("@/lib/dal/carry-panel");
    // Due before everything else on RT2, so the first of the panel's five.
    const id = await plantAction("GROUP", "Panel copy", "2013-01-02");
    expect((await carryActions.copyAction(viewers.delegatePh, id, TTM, "TTM-ii")).kind).toBe("copied");
    const rt = (await panel.dialoguePanelFor(viewers.headLk, ttm.id)).find((r) => r.code === "RT2")!;
    const row = rt.actions.find((a) => a.id === id);
    expect(row?.copied?.person).toBe("Maria Santos");
    const copies = await db.followUpAction.findMany({ where: { copiedFromId: id }, select: { themeId: true } });
    expect(copies).toEqual([{ themeId: ttm.id }]);
  });
});

describe("[carry] once per theme, even under concurrent requests", () => {
  it(`two copies of one note fired at once: one written, the other told it was copied already (${usingRealPostgres ? "PostgreSQL" : "PGlite"})`, async () => {
    const id = await plantNote("GROUP");
    const before = await noteFootprint(id);
    const results = await Promise.all([
      carryNotes.carryNote(viewers.delegateLk, id, TTM, "TTM-ii", "From RT2"),
      carryNotes.carryNote(viewers.delegatePh, id, TTM, "TTM-ii", "From RT2"),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && "alreadyCarried" in r)).toHaveLength(1);
    expect(await noteFootprint(id)).toEqual({ copies: 1, audits: before.audits + 1 });
  });

  it(`two copies of one action fired at once: one written, the other told it was copied already (${usingRealPostgres ? "PostgreSQL" : "PGlite"})`, async () => {
    const id = await plantAction("GROUP");
    const before = await actionFootprint(id);
    const outcomes = await Promise.all([carryActions.copyAction(viewers.headLk, id, TTM, "TTM-ii"), carryActions.copyAction(viewers.delegatePh, id, TTM, "TTM-ii")]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(["alreadyCopied", "copied"]);
    expect(await actionFootprint(id)).toEqual({ ...before, copies: 1, sourceEvents: before.sourceEvents + 1, audits: before.audits + 1 });
  });

  it("a second copy written past the application's check is refused by the database", async () => {
    const noteId = await plantNote("ALL");
    const note = await db.annotation.findUniqueOrThrow({ where: { id: noteId } });
    const row = { themeId: ttm.id, authorId: note.authorId, delegationId: note.delegationId, group: note.group, scope: note.scope, body: "copy", carriedFromId: noteId };
    await db.annotation.create({ data: row });
    await expect(db.annotation.create({ data: row })).rejects.toMatchObject({ code: "P2002" });

    const actionId = await plantAction("DELEGATION");
    const action = await db.followUpAction.findUniqueOrThrow({ where: { id: actionId } });
    const copy = { title: "copy", scope: action.scope, delegationId: action.delegationId, group: action.group, creatorId: action.creatorId, themeId: ttm.id, copiedFromId: actionId };
    await db.followUpAction.create({ data: copy });
    await expect(db.followUpAction.create({ data: copy })).rejects.toMatchObject({ code: "P2002" });
  });

  // On a real server the race can be forced: another session's copy is written but
  // not committed, so the check sees nothing and the insert waits on the unique
  // index; once the other commits, the insert fails and the person is told the same
  // thing as for a second copy. (PGlite has one connection: nothing can wait there.)
  it.runIf(usingRealPostgres)("a copy that passed the check while another was being written gets the same message, nothing half written", async () => {
    const waiting = async () =>
      (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)[0]!.n;
    async function race<T>(insertOther: (tx: Prisma.TransactionClient) => Promise<unknown>, copy: () => Promise<T>): Promise<T> {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let written!: () => void;
      const otherWritten = new Promise<void>((resolve) => (written = resolve));
      const other = db.$transaction(
        async (tx) => {
          await insertOther(tx);
          written();
          await gate;
        },
        { timeout: 30_000 },
      );
      await otherWritten;
      const racing = copy();
      const deadline = Date.now() + 15_000;
      while ((await waiting()) === 0) {
        if (Date.now() > deadline) throw new Error("the copy never waited on the unique index");
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      release();
      await other;
      return racing;
    }

    const noteId = await plantNote("GROUP");
    const note = await db.annotation.findUniqueOrThrow({ where: { id: noteId } });
    const noteBefore = await noteFootprint(noteId);
    const noteResult = await race(
      (tx) => tx.annotation.create({ data: { themeId: ttm.id, authorId: note.authorId, delegationId: note.delegationId, group: note.group, scope: note.scope, body: "other", carriedFromId: noteId } }),
      () => carryNotes.carryNote(viewers.headLk, noteId, TTM, "TTM-ii", "From RT2"),
    );
    expect(noteResult).toEqual({ ok: false, alreadyCarried: true });
    expect(await noteFootprint(noteId)).toEqual({ copies: 1, audits: noteBefore.audits });

    const actionId = await plantAction("GROUP");
    const action = await db.followUpAction.findUniqueOrThrow({ where: { id: actionId } });
    const actionBefore = await actionFootprint(actionId);
    const outcome = await race(
      (tx) =>
        tx.followUpAction.create({
          data: { title: "other", scope: action.scope, delegationId: action.delegationId, group: action.group, creatorId: action.creatorId, themeId: ttm.id, copiedFromId: actionId },
        }),
      () => carryActions.copyAction(viewers.delegatePh, actionId, TTM, "TTM-ii"),
    );
    expect(outcome).toEqual({ kind: "alreadyCopied" });
    // The other session's copy only: no event, no audit row from the refused one.
    expect(await actionFootprint(actionId)).toEqual({ ...actionBefore, copies: 1 });
  });
});
