// The permission table of follow-up actions (issue 4, "Rules"): for an action in each
// scope, every kind of person × every operation, against the real data functions.
// The expected outcomes are written out by hand below, not computed from the code
// under test. "notFound" is what an invisible action answers (the pages make it a
// 404); "forbidden" is a visible action the person may not change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { useAppDatabase } from "../support/app-database";
import { viewerFor } from "../support/viewers";

let db: typeof import("@/lib/db").db;
let dal: typeof import("@/lib/dal/actions");
let write: typeof import("@/lib/dal/actions-write");
let cleanup: () => Promise<void>;

type TOp = "view" | "edit" | "reassign" | "status" | "comment" | "delete";
type TOutcome = "ok" | "forbidden" | "notFound";
type TActor =
  | "creator"
  | "assignee"
  | "head"
  | "otherMember"
  | "adviser"
  | "assignedAdviser"
  | "otherDelegationInGroup"
  | "headOfOtherDelegationInGroup"
  | "otherGroup"
  | "observer"
  | "secretariat";

const OPS: TOp[] = ["view", "edit", "reassign", "status", "comment", "delete"];
const row = (s: string): Record<TOp, TOutcome> => {
  const codes = s.split(" ");
  const map = { Y: "ok", F: "forbidden", N: "notFound" } as const;
  return Object.fromEntries(OPS.map((op, i) => [op, map[codes[i] as keyof typeof map]])) as Record<TOp, TOutcome>;
};
const HIDDEN = "N N N N N N";

//                                   view edit reassign status comment delete
const EXPECTED: Record<"DELEGATION" | "GROUP", Record<TActor, Record<TOp, TOutcome>>> = {
  DELEGATION: {
    creator: row("Y Y Y Y Y Y"),
    assignee: row("Y Y Y Y Y F"),
    head: row("Y Y Y Y Y Y"),
    otherMember: row("Y F F F Y F"),
    adviser: row("Y F F F F F"),
    assignedAdviser: row("Y F F Y Y F"),
    otherDelegationInGroup: row(HIDDEN),
    headOfOtherDelegationInGroup: row(HIDDEN),
    otherGroup: row(HIDDEN),
    observer: row(HIDDEN),
    secretariat: row(HIDDEN),
  },
  GROUP: {
    creator: row("Y Y Y Y Y Y"),
    assignee: row("Y Y Y Y Y F"),
    head: row("Y Y Y Y Y Y"),
    otherMember: row("Y F F F Y F"),
    adviser: row("Y F F F F F"),
    assignedAdviser: row("Y F F Y Y F"),
    otherDelegationInGroup: row("Y F F F Y F"),
    headOfOtherDelegationInGroup: row("Y F F F Y F"),
    otherGroup: row(HIDDEN),
    observer: row(HIDDEN),
    secretariat: row(HIDDEN),
  },
};

const viewers = {} as Record<TActor | "reassignTarget" | "groupAssignee" | "delegationAssignee", Viewer>;

beforeAll(async () => {
  cleanup = await useAppDatabase();
  ({ db } = await import("@/lib/db"));
  dal = await import("@/lib/dal/actions");
  write = await import("@/lib/dal/actions-write");
  const delegation = (name: string) => db.delegation.findUniqueOrThrow({ where: { name }, select: { id: true } });
  const [lk, mx] = await Promise.all([delegation("Government of Sri Lanka"), delegation("Government of Mexico")]);
  // People the demo lacks: a second and third Sri Lankan delegate and two Mexicans.
  await db.user.createMany({
    data: [
      { email: "member.lk@perm.test", name: "Other Member LK", role: "DELEGATE", delegationId: lk.id, passwordHash: "unused" },
      { email: "assignee.lk@perm.test", name: "Assignee LK", role: "DELEGATE", delegationId: lk.id, passwordHash: "unused" },
      { email: "member.mx@perm.test", name: "Member MX", role: "DELEGATE", delegationId: mx.id, passwordHash: "unused" },
      { email: "head.mx@perm.test", name: "Head MX", role: "HEAD_OF_DELEGATION", delegationId: mx.id, passwordHash: "unused" },
    ],
  });
  const emails: Record<keyof typeof viewers, string> = {
    creator: "delegate.lk@gov.demo",
    assignee: "", // depends on the scope
    delegationAssignee: "assignee.lk@perm.test",
    groupAssignee: "delegate.ph@gov.demo",
    head: "head.lk@gov.demo",
    otherMember: "member.lk@perm.test",
    adviser: "adviser.lk@gov.demo",
    assignedAdviser: "adviser.lk@gov.demo",
    otherDelegationInGroup: "member.mx@perm.test",
    headOfOtherDelegationInGroup: "head.mx@perm.test",
    otherGroup: "head.ioe@employers.demo",
    observer: "observer.iom@observers.demo",
    secretariat: "secretariat@ilo.demo",
    reassignTarget: "member.lk@perm.test",
  };
  for (const [key, email] of Object.entries(emails)) {
    if (email) viewers[key as keyof typeof viewers] = await viewerFor(email);
  }
});
afterAll(async () => cleanup?.());

async function freshAction(scope: "DELEGATION" | "GROUP", actor: TActor) {
  const assignee =
    actor === "assignedAdviser" ? viewers.adviser : scope === "GROUP" ? viewers.groupAssignee : viewers.delegationAssignee;
  const created = await write.createActionForViewer(viewers.creator, {
    title: `Permission check ${scope} ${actor}`,
    description: "",
    scope,
    assigneeId: assignee.userId,
    priority: "MEDIUM",
    dueOn: "2013-10-01",
  });
  if (!created.ok) throw new Error(`could not create the action: ${JSON.stringify(created)}`);
  return { id: created.value.id, assignee };
}

function actorViewer(scope: "DELEGATION" | "GROUP", actor: TActor): Viewer {
  if (actor === "assignee") return scope === "GROUP" ? viewers.groupAssignee : viewers.delegationAssignee;
  return viewers[actor];
}

async function perform(op: TOp, viewer: Viewer, id: string): Promise<TOutcome> {
  const outcome = (r: { ok: boolean; reason?: string }): TOutcome => (r.ok ? "ok" : (r.reason as TOutcome));
  const base = { id, title: "Permission check", description: "", priority: "MEDIUM" as const, version: 1, dueOn: "2013-10-01" };
  const current = await db.followUpAction.findUniqueOrThrow({ where: { id }, select: { assigneeId: true } });
  switch (op) {
    case "view":
      return (await dal.findActionForViewer(viewer, id)) ? "ok" : "notFound";
    case "edit":
      return outcome(await write.updateActionForViewer(viewer, { ...base, title: "Edited title", assigneeId: current.assigneeId ?? undefined }));
    case "reassign":
      return outcome(await write.updateActionForViewer(viewer, { ...base, assigneeId: viewers.reassignTarget.userId }));
    case "status":
      return outcome(await write.changeActionStatusForViewer(viewer, { id, fromStatus: "OPEN", status: "IN_PROGRESS" }));
    case "comment":
      return outcome(await write.addActionCommentForViewer(viewer, { actionId: id, body: "A comment" }));
    case "delete":
      return outcome(await write.deleteActionForViewer(viewer, { id }));
  }
}

const CASES = (["DELEGATION", "GROUP"] as const).flatMap((scope) =>
  (Object.keys(EXPECTED[scope]) as TActor[]).flatMap((actor) => OPS.map((op) => ({ scope, actor, op, expected: EXPECTED[scope][actor][op] }))),
);

describe("[actions] permission table", () => {
  it("covers at least 60 cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(CASES)("$scope action: $actor → $op is $expected", async ({ scope, actor, op, expected }) => {
    const { id } = await freshAction(scope, actor);
    const viewer = actorViewer(scope, actor);
    const auditBefore = await db.auditLog.count({ where: { actorId: viewer.userId } });
    expect(await perform(op, viewer, id)).toBe(expected);

    const after = await db.followUpAction.findUniqueOrThrow({ where: { id }, select: { version: true, deletedAt: true } });
    const audits = (await db.auditLog.count({ where: { actorId: viewer.userId } })) - auditBefore;
    const comments = await db.actionComment.count({ where: { actionId: id } });
    if (op === "view") return;
    if (expected === "ok") {
      // A write that was allowed happened, with its audit row.
      expect(audits).toBe(1);
      if (op === "comment") expect(comments).toBe(1);
      else expect(after.version).toBe(2);
      if (op === "delete") expect(after.deletedAt).not.toBeNull();
    } else {
      // A refused one left no trace at all.
      expect(audits).toBe(0);
      expect(after.version).toBe(1);
      expect(comments).toBe(0);
    }
  });
});
