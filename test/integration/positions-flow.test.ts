import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase } from "../support/app-database";
import { viewerFor } from "../support/viewers";
import type { Viewer } from "@/lib/auth/viewer";
import { en } from "@/lib/i18n/messages/en";

// The life of a group position: revisions, restore, status moves with agreements
// and notifications, conflicts on stale revisions; the matrix's fixed query count;
// the home page's "still to do".
let db: typeof import("@/lib/db").db;
let positions: typeof import("@/lib/dal/positions");
let writes: typeof import("@/lib/dal/positions-write");
let stances: typeof import("@/lib/dal/stances");
let matrix: typeof import("@/lib/dal/positions-matrix");
let home: typeof import("@/lib/dal/positions-home");
let cleanup: () => Promise<void>;
let headLk: Viewer;
let delegatePh: Viewer;
let headIoe: Viewer;

beforeAll(async () => {
  cleanup = await useAppDatabase();
  ({ db } = await import("@/lib/db"));
  positions = await import("@/lib/dal/positions");
  writes = await import("@/lib/dal/positions-write");
  stances = await import("@/lib/dal/stances");
  matrix = await import("@/lib/dal/positions-matrix");
  home = await import("@/lib/dal/positions-home");
  headLk = await viewerFor("head.lk@gov.demo");
  delegatePh = await viewerFor("delegate.ph@gov.demo");
  headIoe = await viewerFor("head.ioe@employers.demo");
});
afterAll(async () => cleanup?.());

const revisionOf = async (code: string, slug = "hld-2013") =>
  (await db.groupPosition.findFirst({ where: { group: "GOVERNMENT", theme: { code, meeting: { slug } } } }))?.revision ?? 0;

/** A second government head (the demo has one), for agreements by several heads. */
async function headOfPhilippines(): Promise<Viewer> {
  const delegation = await db.delegation.findUniqueOrThrow({ where: { name: "Government of the Philippines" } });
  await db.user.upsert({
    where: { email: "head.ph@gov.test" },
    create: { email: "head.ph@gov.test", name: "Jose Reyes", passwordHash: "x", role: "HEAD_OF_DELEGATION", delegationId: delegation.id },
    update: {},
  });
  return viewerFor("head.ph@gov.test");
}

describe("[positions] revisions and restore", () => {
  it("keeps every save as a revision, and restores an old one as a new revision", async () => {
    for (const body of ["First text.", "Second text.", "Third text."]) {
      const outcome = await writes.savePositionText(headLk, "hld-2013", "RT1", { body, baseRevision: await revisionOf("RT1") });
      expect(outcome.kind).toBe("saved");
    }
    const restored = await writes.restorePositionRevision(delegatePh, "hld-2013", "RT1", { number: 1, baseRevision: 3 });
    expect(restored).toEqual({ kind: "saved", revision: 4 });
    const position = (await positions.findPositionForViewer(headLk, "hld-2013", "RT1", "GOVERNMENT"))!;
    expect(position).toMatchObject({ body: "First text.", revision: 4, updatedBy: { name: "Maria Santos", delegation: "Government of the Philippines" } });
    const { revisions, total } = await positions.listRevisionsForViewer(headLk, position, 1);
    expect(total).toBe(4);
    expect(revisions.map((r) => [r.number, r.restoredFrom, r.author.delegation])).toEqual([
      [4, 1, "Government of the Philippines"],
      [3, null, "Government of Sri Lanka"],
      [2, null, "Government of Sri Lanka"],
      [1, null, "Government of Sri Lanka"],
    ]);
    const bodies = await positions.revisionBodiesForViewer(headLk, position, [0, 2, 3]);
    expect([...bodies.entries()].sort()).toEqual([
      [0, ""],
      [2, "Second text."],
      [3, "Third text."],
    ]);
    expect(await db.auditLog.count({ where: { action: "position.restore", actorId: delegatePh.userId } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "position.save", actorId: headLk.userId } })).toBe(3);
  });

  it("a stale save is refused with the current text and the common base, and nothing is written", async () => {
    const base = await revisionOf("RT1");
    await writes.savePositionText(headLk, "hld-2013", "RT1", { body: "Head's new text.", baseRevision: base });
    const stale = await writes.savePositionText(delegatePh, "hld-2013", "RT1", { body: "Delegate's text.", baseRevision: base });
    expect(stale).toMatchObject({
      kind: "conflict",
      baseBody: "First text.",
      current: { revision: base + 1, body: "Head's new text.", status: "DRAFT", author: { name: "Nimal Perera" } },
    });
    expect(await revisionOf("RT1")).toBe(base + 1);
    // Merged and saved again on the new revision: accepted.
    const merged = await writes.savePositionText(delegatePh, "hld-2013", "RT1", { body: "Head's new text. Delegate's text.", baseRevision: base + 1 });
    expect(merged).toEqual({ kind: "saved", revision: base + 2 });
  });
});

describe("[positions] status", () => {
  it("cannot agree to a position nobody wrote, nor deliver a draft", async () => {
    expect((await writes.changePositionStatus(headLk, "hld-2013", "RT2", { to: "AGREED", baseRevision: 0 })).kind).toBe("invalid");
    await writes.savePositionText(headLk, "hld-2013", "RT2", { body: "RT2 text.", baseRevision: 0 });
    expect((await writes.changePositionStatus(headLk, "hld-2013", "RT2", { to: "DELIVERED", baseRevision: 1 })).kind).toBe("invalid");
  });

  it("moves DRAFT → AGREED → DELIVERED with the heads' agreements, notifies the group, and back to DRAFT", async () => {
    const headPh = await headOfPhilippines();
    const rev = await revisionOf("RT2");
    const unreadBefore = await db.notification.count({ where: { kind: "position.status", user: { email: "delegate.ph@gov.demo" } } });

    expect(await writes.changePositionStatus(headLk, "hld-2013", "RT2", { to: "AGREED", baseRevision: rev })).toEqual({ kind: "changed", revision: rev + 1 });
    // While AGREED the text is locked; the editor keeps what was typed and says why.
    const locked = await writes.savePositionText(delegatePh, "hld-2013", "RT2", { body: "Late edit.", baseRevision: rev + 1 });
    expect(locked).toMatchObject({ kind: "locked", current: { status: "AGREED" } });
    // A second head adds their agreement; a stale one is refused.
    expect((await writes.agreeToPosition(headPh, "hld-2013", "RT2", { baseRevision: rev })).kind).toBe("conflict");
    expect(await writes.agreeToPosition(headPh, "hld-2013", "RT2", { baseRevision: rev + 1 })).toEqual({ kind: "changed", revision: rev + 1 });
    const agreed = (await positions.findPositionForViewer(headLk, "hld-2013", "RT2", "GOVERNMENT"))!;
    expect(agreed.agreements.map((a) => [a.delegation, a.person, a.revision])).toEqual([
      ["Government of Sri Lanka", "Nimal Perera", rev + 1],
      ["Government of the Philippines", "Jose Reyes", rev + 1],
    ]);
    expect(agreed.canAgree).toBe(false);

    expect(await writes.changePositionStatus(headLk, "hld-2013", "RT2", { to: "DELIVERED", baseRevision: rev + 1 })).toEqual({ kind: "changed", revision: rev + 2 });
    const delivered = await db.groupPosition.findFirstOrThrow({ where: { group: "GOVERNMENT", theme: { code: "RT2" } } });
    expect(delivered.deliveredAt).not.toBeNull();
    expect(await positions.findPositionForViewer(headIoe, "hld-2013", "RT2", "GOVERNMENT")).toMatchObject({ body: "RT2 text.", status: "DELIVERED" });

    // Every member of the group is told, in their language, but not the actor.
    const notes = await db.notification.findMany({ where: { kind: "position.status", user: { email: "delegate.ph@gov.demo" } }, orderBy: { createdAt: "asc" } });
    expect(notes.length - unreadBefore).toBe(2);
    const payload = notes.at(-1)!.payload as { key: string; values: { theme: string } };
    expect(payload).toMatchObject({ key: "positions.notifications.status.DELIVERED", values: { theme: "RT2" } });
    expect(en.positions.notifications.status.DELIVERED).toContain("{theme}");
    expect(notes.at(-1)!.href).toBe("/meetings/hld-2013/themes/RT2/position/government");
    expect(await db.notification.count({ where: { kind: "position.status", userId: headLk.userId } })).toBe(0);
    expect(await db.notification.count({ where: { kind: "position.status", user: { email: "head.ioe@employers.demo" } } })).toBe(0);

    // Back to draft: the agreements go, and so does the delivered text for others.
    expect((await writes.changePositionStatus(headPh, "hld-2013", "RT2", { to: "DRAFT", baseRevision: rev + 2 })).kind).toBe("changed");
    expect(await db.positionAgreement.count({ where: { positionId: delivered.id } })).toBe(0);
    expect(await positions.findPositionForViewer(headIoe, "hld-2013", "RT2", "GOVERNMENT")).toBeNull();
    const revs = await db.positionRevision.findMany({ where: { positionId: delivered.id }, orderBy: { number: "asc" } });
    expect(revs.map((r) => r.status)).toEqual(["DRAFT", "AGREED", "DELIVERED", "DRAFT"]);
    expect(await db.auditLog.count({ where: { action: "position.status", entityId: delivered.id } })).toBe(3);
    expect(await db.auditLog.count({ where: { action: "position.agree", entityId: delivered.id } })).toBe(1);
  });
});

describe("[positions] matrix performance", () => {
  it("renders 8 themes × 40 delegations from a fixed number of queries (six at most), not one per cell", async () => {
    // A meeting with 8 themes; delegations up to 40; a position and stances everywhere.
    const meeting = await db.meeting.create({
      data: { slug: "bench-matrix", kind: "TECHNICAL_MEETING", title: "Matrix bench", position: 99, overview: [] },
    });
    const themes = await Promise.all(
      Array.from({ length: 8 }, (_, i) => db.theme.create({ data: { meetingId: meeting.id, code: `B${i + 1}`, title: `Bench ${i + 1}`, position: i + 1 } })),
    );
    const existing = await db.delegation.count();
    const groups = ["GOVERNMENT", "EMPLOYERS", "WORKERS"] as const;
    await db.delegation.createMany({
      data: Array.from({ length: 40 - existing }, (_, i) => ({ name: `Bench delegation ${i}`, group: groups[i % 3]! })),
    });
    expect(await db.delegation.count()).toBe(40);
    const delegations = await db.delegation.findMany({ where: { group: { not: "OBSERVER" } } });
    for (const theme of themes) {
      await db.groupPosition.createMany({
        data: groups.map((group, i) => ({ themeId: theme.id, group, status: (["DRAFT", "AGREED", "DELIVERED"] as const)[i]!, body: "x", revision: 1, updatedById: headLk.userId })),
      });
      await db.stance.createMany({
        data: delegations.map((d, i) => ({ themeId: theme.id, delegationId: d.id, value: (["SUPPORT", "OPPOSE", "UNDECIDED"] as const)[i % 3]!, setById: headLk.userId })),
      });
    }

    const countQueries = async (viewer: Viewer, slug: string) => {
      let count = 0;
      const counting = db.$extends({
        query: {
          async $allOperations({ args, query }) {
            count++;
            return query(args);
          },
        },
      });
      const result = await matrix.loadPositionsMatrix(viewer, slug, counting as unknown as typeof db);
      return { count, result };
    };
    for (const viewer of [headLk, headIoe, await viewerFor("secretariat@ilo.demo"), await viewerFor("observer.iom@observers.demo")]) {
      const big = await countQueries(viewer, "bench-matrix");
      const small = await countQueries(viewer, "ttm-2013");
      expect(big.result!.rows).toHaveLength(8);
      // At most six, whatever the size (the small meeting may skip the editors' lookup).
      expect(big.count).toBeLessThanOrEqual(6);
      expect(small.count).toBeLessThanOrEqual(big.count);
    }
    const { result } = await countQueries(headLk, "bench-matrix");
    const own = result!.rows[0]!.cells.GOVERNMENT;
    expect(own).toMatchObject({ kind: "own", stances: { recorded: 16, total: 16 } });
    // Workers delivered, so a government head sees their counts (never their names).
    expect(result!.rows[0]!.cells.WORKERS).toMatchObject({ kind: "delivered", stances: { recorded: 10, total: 10 } });
    expect(result!.rows[0]!.cells.EMPLOYERS).toEqual({ kind: "notDelivered" });
  });
});

describe("[positions] home page", () => {
  it("lists themes without our stance and positions not yet agreed, for meetings still to come", async () => {
    const start = new Date(Date.now() + 30 * 86_400_000);
    const meeting = await db.meeting.create({
      data: { slug: "future-meeting", kind: "REGIONAL_PREPARATORY", title: "Future meeting", position: 100, overview: [], startsOn: start, endsOn: start },
    });
    await db.theme.createMany({
      data: ["F1", "F2"].map((code, i) => ({ meetingId: meeting.id, code, title: `Future ${code}`, position: i + 1 })),
    });
    const codes = (list: { code: string; meeting: { slug: string } }[]) => list.filter((t) => t.meeting.slug === "future-meeting").map((t) => t.code);

    let data = (await home.findHomePositionsForViewer(headLk))!;
    expect(codes(data.withoutStance.themes)).toEqual(["F1", "F2"]);
    expect(codes(data.drafts.themes)).toEqual(["F1", "F2"]);
    // Past meetings (2013) have nothing left to do.
    expect(data.withoutStance.themes.every((t) => t.meeting.slug === "future-meeting")).toBe(true);

    await stances.setStanceForViewer(headLk, "future-meeting", "F1", { value: "SUPPORT", note: "" });
    await writes.savePositionText(headLk, "future-meeting", "F2", { body: "F2 text.", baseRevision: 0 });
    await writes.changePositionStatus(headLk, "future-meeting", "F2", { to: "AGREED", baseRevision: 1 });
    data = (await home.findHomePositionsForViewer(headLk))!;
    expect(codes(data.withoutStance.themes)).toEqual(["F2"]);
    expect(codes(data.drafts.themes)).toEqual(["F1"]);
    expect(data.drafts.themes[0]).toMatchObject({ status: "NONE" });

    // The secretariat and observers hold neither stances nor positions.
    expect(await home.findHomePositionsForViewer(await viewerFor("secretariat@ilo.demo"))).toBeNull();
    expect(await home.findHomePositionsForViewer(await viewerFor("observer.iom@observers.demo"))).toBeNull();
  });
});
