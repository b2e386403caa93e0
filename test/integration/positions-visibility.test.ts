import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase } from "../support/app-database";
import { viewerFor } from "../support/viewers";
import type { Viewer } from "@/lib/auth/viewer";

// Who may see and do what with group positions and stances, one case per actor ×
// operation: head / delegate / adviser of the group (GOVERNMENT: Sri Lanka, plus a
// delegate of another government delegation), heads of the other two groups, an
// observer and the secretariat. Something a person may not see is "not found",
// exactly like something that does not exist.
let db: typeof import("@/lib/db").db;
let positions: typeof import("@/lib/dal/positions");
let writes: typeof import("@/lib/dal/positions-write");
let stances: typeof import("@/lib/dal/stances");
let matrix: typeof import("@/lib/dal/positions-matrix");
let cleanup: () => Promise<void>;

const ACTORS = {
  headLk: "head.lk@gov.demo",
  delegateLk: "delegate.lk@gov.demo",
  adviserLk: "adviser.lk@gov.demo",
  delegatePh: "delegate.ph@gov.demo",
  headIoe: "head.ioe@employers.demo",
  headItuc: "head.ituc@workers.demo",
  observer: "observer.iom@observers.demo",
  secretariat: "secretariat@ilo.demo",
} as const;
type TActor = keyof typeof ACTORS;
const ALL = Object.keys(ACTORS) as TActor[];
const GOVERNMENT_MEMBERS: TActor[] = ["headLk", "delegateLk", "adviserLk", "delegatePh"];
const viewers = {} as Record<TActor, Viewer>;

const HLD = "hld-2013";
const TTM = "ttm-2013";
// One theme per situation, so no case depends on another's writes.
const DRAFT_THEME = "RT1";
const AGREED_THEME = "RT2";
const EDIT_THEME = "RT3";
const STATUS_THEME = "RT4";
const DELIVERED_THEME = "TTM-i";
const STANCE_THEME = "TTM-ii";

async function govPosition(code: string, slug = HLD) {
  return db.groupPosition.findFirst({ where: { group: "GOVERNMENT", theme: { code, meeting: { slug } } } });
}

async function writeAs(actor: TActor, code: string, body: string, slug = HLD) {
  const current = await govPosition(code, slug);
  const outcome = await writes.savePositionText(viewers[actor], slug, code, { body, baseRevision: current?.revision ?? 0 });
  expect(outcome.kind).toBe("saved");
}

async function moveAs(actor: TActor, code: string, to: "AGREED" | "DELIVERED" | "DRAFT", slug = HLD) {
  const current = await govPosition(code, slug);
  const outcome = await writes.changePositionStatus(viewers[actor], slug, code, { to, baseRevision: current!.revision });
  expect(outcome.kind).toBe("changed");
}

beforeAll(async () => {
  cleanup = await useAppDatabase();
  ({ db } = await import("@/lib/db"));
  positions = await import("@/lib/dal/positions");
  writes = await import("@/lib/dal/positions-write");
  stances = await import("@/lib/dal/stances");
  matrix = await import("@/lib/dal/positions-matrix");
  for (const actor of ALL) viewers[actor] = await viewerFor(ACTORS[actor]);

  await writeAs("headLk", DRAFT_THEME, "Government draft on RT1.");
  await writeAs("delegatePh", AGREED_THEME, "Government text on RT2.");
  await moveAs("headLk", AGREED_THEME, "AGREED");
  await writeAs("delegateLk", DELIVERED_THEME, "Government text on TTM-i.", TTM);
  await moveAs("headLk", DELIVERED_THEME, "AGREED", TTM);
  await moveAs("headLk", DELIVERED_THEME, "DELIVERED", TTM);
  await writeAs("headLk", EDIT_THEME, "Government text on RT3.");
  await writeAs("headLk", STATUS_THEME, "Government text on RT4.");
  // Sri Lanka's stance, on a theme still in draft and on the delivered one.
  for (const [slug, code] of [[HLD, DRAFT_THEME], [TTM, DELIVERED_THEME]] as const) {
    expect(await stances.setStanceForViewer(viewers.headLk, slug, code, { value: "SUPPORT_WITH_AMENDMENTS", note: "Sri Lanka note" })).toEqual({ kind: "saved" });
  }
});
afterAll(async () => cleanup?.());

const sees = (actors: TActor[]) => ALL.map((actor) => [actor, actors.includes(actor)] as const);

describe("[positions] reading a group position", () => {
  it.each(sees(GOVERNMENT_MEMBERS))("DRAFT: %s sees it → %s", async (actor, visible) => {
    const found = await positions.findPositionForViewer(viewers[actor], HLD, DRAFT_THEME, "GOVERNMENT");
    expect(found !== null).toBe(visible);
    if (found) expect(found.body).toBe("Government draft on RT1.");
  });

  it.each(sees(GOVERNMENT_MEMBERS))("AGREED: %s sees it → %s", async (actor, visible) => {
    expect((await positions.findPositionForViewer(viewers[actor], HLD, AGREED_THEME, "GOVERNMENT")) !== null).toBe(visible);
  });

  it.each(sees(ALL))("DELIVERED: %s sees it → %s", async (actor, visible) => {
    const found = await positions.findPositionForViewer(viewers[actor], TTM, DELIVERED_THEME, "GOVERNMENT");
    expect(found !== null).toBe(visible);
    expect(found?.body).toBe("Government text on TTM-i.");
  });

  it.each(sees(GOVERNMENT_MEMBERS))("history of the DELIVERED position: %s reads it → %s", async (actor, visible) => {
    const found = (await positions.findPositionForViewer(viewers[actor], TTM, DELIVERED_THEME, "GOVERNMENT"))!;
    const { revisions, total } = await positions.listRevisionsForViewer(viewers[actor], found, 1);
    const bodies = await positions.revisionBodiesForViewer(viewers[actor], found, [1]);
    expect(total > 0).toBe(visible);
    expect(revisions.length > 0).toBe(visible);
    expect(bodies.has(1)).toBe(visible);
    // Which heads agreed is the group's business too.
    expect(found.agreements.length > 0).toBe(visible);
  });
});

describe("[positions] writing a group position", () => {
  const editors: TActor[] = ["headLk", "delegateLk", "delegatePh"];
  it.each(ALL.map((a) => [a, editors.includes(a)] as const))("edit the GOVERNMENT draft: %s may → %s", async (actor, allowed) => {
    const before = await govPosition(EDIT_THEME);
    const body = `Edited by ${actor}.`;
    const outcome = await writes.savePositionText(viewers[actor], HLD, EDIT_THEME, { body, baseRevision: before!.revision });
    const after = await govPosition(EDIT_THEME);
    if (allowed) {
      expect(outcome).toEqual({ kind: "saved", revision: before!.revision + 1 });
      expect(after?.body).toBe(body);
    } else {
      // Others either are refused as "not found", or (heads of other groups) can
      // only ever write their own group's position: the government text is untouched.
      expect(after).toEqual(before);
      if (["adviserLk", "observer", "secretariat"].includes(actor)) expect(outcome).toEqual({ kind: "notFound" });
    }
  });

  it.each(ALL.map((a) => [a, a === "headLk"] as const))("change the GOVERNMENT status: %s may → %s", async (actor, allowed) => {
    const before = await govPosition(STATUS_THEME);
    const outcome = await writes.changePositionStatus(viewers[actor], HLD, STATUS_THEME, { to: "AGREED", baseRevision: before!.revision });
    const after = await govPosition(STATUS_THEME);
    if (allowed) {
      expect(outcome.kind).toBe("changed");
      expect(after?.status).toBe("AGREED");
      // The head's agreement is recorded, for this revision.
      const agreements = await db.positionAgreement.findMany({ where: { positionId: after!.id } });
      expect(agreements).toEqual([expect.objectContaining({ delegationId: viewers.headLk.delegation!.id, revision: after!.revision })]);
      // Back to draft, for the next run of this table.
      await moveAs("headLk", STATUS_THEME, "DRAFT");
    } else {
      expect(after).toEqual(before);
      if (!["headIoe", "headItuc"].includes(actor)) expect(outcome).toEqual({ kind: "notFound" });
    }
  });
});

describe("[positions] stances", () => {
  const setters: TActor[] = ["headLk", "headIoe", "headItuc"];
  it.each(ALL.map((a) => [a, setters.includes(a)] as const))("set a stance for one's delegation: %s may → %s", async (actor, allowed) => {
    const outcome = await stances.setStanceForViewer(viewers[actor], TTM, STANCE_THEME, { value: "OPPOSE", note: "" });
    expect(outcome.kind).toBe(allowed ? "saved" : "notFound");
    const delegationId = viewers[actor].delegation?.id;
    const stored = delegationId ? await db.stance.findFirst({ where: { delegationId, theme: { code: STANCE_THEME } } }) : null;
    // Refused people leave no trace: the stance (if any) is still someone else's.
    expect(stored?.setById === viewers[actor].userId).toBe(allowed);
  });

  it.each(sees(GOVERNMENT_MEMBERS))("read Sri Lanka's stance: %s → %s", async (actor, visible) => {
    const theme = (await db.theme.findFirst({ where: { code: DRAFT_THEME, meeting: { slug: HLD } } }))!;
    const list = await stances.listGroupStancesForViewer(viewers[actor], HLD, theme.code);
    const listed = list?.stances.some((s) => s.delegation === "Government of Sri Lanka") ?? false;
    expect(listed).toBe(visible);
    // The government members' panel and matrix count the same stances the list shows.
    if (visible) {
      const panel = await stances.findStancePanelForViewer(viewers[actor], theme);
      expect(panel?.summary.recorded).toBe(list!.stances.length);
    }
    const grid = await matrix.loadPositionsMatrix(viewers[actor], HLD);
    const cell = grid!.rows.find((r) => r.theme.code === DRAFT_THEME)!.cells.GOVERNMENT;
    const inMatrix = cell.kind === "own" && cell.stances.recorded === list?.stances.length;
    expect(inMatrix).toBe(visible);
  });

  it.each(ALL.map((a) => [a, a !== "secretariat"] as const))(
    "count government stances once the position is DELIVERED: %s → %s",
    async (actor, counts) => {
      const theme = (await db.theme.findFirst({ where: { code: DELIVERED_THEME, meeting: { slug: TTM } } }))!;
      const summary = await stances.countStancesForViewer(viewers[actor], theme.id, "GOVERNMENT");
      expect(summary !== null).toBe(counts);
      if (summary) expect(summary.counts.SUPPORT_WITH_AMENDMENTS).toBe(1);
    },
  );

  it.each(sees(GOVERNMENT_MEMBERS))("count government stances while the position is a DRAFT: %s → %s", async (actor, counts) => {
    const theme = (await db.theme.findFirst({ where: { code: DRAFT_THEME, meeting: { slug: HLD } } }))!;
    expect((await stances.countStancesForViewer(viewers[actor], theme.id, "GOVERNMENT")) !== null).toBe(counts);
  });

  it("a head lets a delegate of their own delegation record stances, and only that", async () => {
    expect((await stances.setStanceForViewer(viewers.delegateLk, TTM, "TTM-iii", { value: "SUPPORT", note: "" })).kind).toBe("notFound");
    const delegateLkId = viewers.delegateLk.userId;
    // Not the head of another delegation, not for an adviser, not by a delegate.
    expect(await stances.setStancePermissionForViewer(viewers.headIoe, { userId: delegateLkId, allowed: true })).toEqual({ kind: "notFound" });
    expect(await stances.setStancePermissionForViewer(viewers.delegatePh, { userId: delegateLkId, allowed: true })).toEqual({ kind: "notFound" });
    expect(await stances.setStancePermissionForViewer(viewers.headLk, { userId: viewers.adviserLk.userId, allowed: true })).toEqual({ kind: "notFound" });
    expect(await stances.setStancePermissionForViewer(viewers.headLk, { userId: delegateLkId, allowed: true })).toEqual({ kind: "saved" });
    expect((await stances.setStanceForViewer(viewers.delegateLk, TTM, "TTM-iii", { value: "SUPPORT", note: "allowed" })).kind).toBe("saved");
    expect(await stances.setStancePermissionForViewer(viewers.headLk, { userId: delegateLkId, allowed: false })).toEqual({ kind: "saved" });
    expect((await stances.setStanceForViewer(viewers.delegateLk, TTM, "TTM-iii", { value: "OPPOSE", note: "" })).kind).toBe("notFound");
    const history = await db.stanceChange.findMany({ where: { stance: { theme: { code: "TTM-iii" }, delegationId: viewers.headLk.delegation!.id } } });
    expect(history.map((h) => h.value)).toEqual(["SUPPORT"]);
  });
});

describe("[positions] the matrix", () => {
  const cellOf = async (actor: TActor, slug: string, code: string) =>
    (await matrix.loadPositionsMatrix(viewers[actor], slug))!.rows.find((r) => r.theme.code === code)!.cells.GOVERNMENT;

  it.each(ALL)("the GOVERNMENT cell of a DRAFT position for %s", async (actor) => {
    const cell = await cellOf(actor, HLD, DRAFT_THEME);
    if (GOVERNMENT_MEMBERS.includes(actor)) expect(cell).toMatchObject({ kind: "own", status: "DRAFT" });
    else if (actor === "secretariat") expect(cell).toEqual({ kind: "status", status: "DRAFT" });
    else expect(cell).toEqual({ kind: "notDelivered" });
  });

  it.each(ALL)("the GOVERNMENT cell of a DELIVERED position for %s", async (actor) => {
    const cell = await cellOf(actor, TTM, DELIVERED_THEME);
    if (GOVERNMENT_MEMBERS.includes(actor)) expect(cell).toMatchObject({ kind: "own", status: "DELIVERED" });
    else if (actor === "secretariat") expect(cell).toEqual({ kind: "status", status: "DELIVERED" });
    else {
      expect(cell).toMatchObject({ kind: "delivered", stances: { counts: { SUPPORT_WITH_AMENDMENTS: 1 } } });
      // Counts only: no delegation names.
      expect(JSON.stringify(cell)).not.toContain("Sri Lanka");
    }
  });
});
