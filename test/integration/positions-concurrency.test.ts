import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase } from "../support/app-database";
import { viewerFor } from "../support/viewers";
import { usingRealPostgres } from "../support/test-database";

// No lost update, against the database itself: many saves from the same base
// revision at once, through the same function the editor's action calls. On a real
// PostgreSQL these run on separate pooled connections and truly race for the row;
// on the embedded PGlite (one connection) they queue, and the rule must still hold.
let db: typeof import("@/lib/db").db;
let savePositionText: typeof import("@/lib/dal/positions-write").savePositionText;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  cleanup = await useAppDatabase();
  ({ db } = await import("@/lib/db"));
  ({ savePositionText } = await import("@/lib/dal/positions-write"));
});
afterAll(async () => cleanup?.());

const EDITORS = ["head.lk@gov.demo", "delegate.lk@gov.demo", "delegate.ph@gov.demo"];

async function position(code: string) {
  return db.groupPosition.findFirst({
    where: { group: "GOVERNMENT", theme: { code, meeting: { slug: "hld-2013" } } },
    include: { revisions: { orderBy: { number: "asc" } } },
  });
}

async function raceFrom(code: string, baseRevision: number) {
  const viewers = await Promise.all(EDITORS.map(viewerFor));
  const bodies = Array.from({ length: 20 }, (_, i) => `Text ${i} from ${EDITORS[i % 3]} on ${code}, base ${baseRevision}.`);
  const outcomes = await Promise.all(
    bodies.map((body, i) => savePositionText(viewers[i % 3]!, "hld-2013", code, { body, baseRevision })),
  );
  return { bodies, outcomes };
}

describe("[positions] no lost update under concurrent saves", () => {
  it(`20 concurrent first saves of a new position: exactly 1 accepted, 19 conflicts (${usingRealPostgres ? "PostgreSQL" : "PGlite"})`, async () => {
    const { bodies, outcomes } = await raceFrom("RT3", 0);
    const accepted = outcomes.flatMap((o, i) => (o.kind === "saved" ? [i] : []));
    expect(accepted).toHaveLength(1);
    expect(outcomes.filter((o) => o.kind === "conflict")).toHaveLength(19);
    const stored = await position("RT3");
    expect(stored?.body).toBe(bodies[accepted[0]!]);
    expect(stored?.revision).toBe(1);
    expect(stored?.revisions.map((r) => r.number)).toEqual([1]);
    // Every refused editor is shown the accepted text to merge with.
    for (const o of outcomes) {
      if (o.kind === "conflict") expect(o.current).toMatchObject({ revision: 1, body: bodies[accepted[0]!] });
    }
  });

  it("20 concurrent saves from the same existing revision: exactly 1 accepted, 19 conflicts, the stored text is the accepted one", async () => {
    const head = await viewerFor("head.lk@gov.demo");
    const first = await savePositionText(head, "hld-2013", "RT4", { body: "Starting text.", baseRevision: 0 });
    expect(first).toEqual({ kind: "saved", revision: 1 });
    const second = await savePositionText(head, "hld-2013", "RT4", { body: "Second text.", baseRevision: 1 });
    expect(second).toEqual({ kind: "saved", revision: 2 });

    const { bodies, outcomes } = await raceFrom("RT4", 2);
    const accepted = outcomes.flatMap((o, i) => (o.kind === "saved" ? [i] : []));
    expect(accepted).toHaveLength(1);
    expect(outcomes.filter((o) => o.kind === "conflict")).toHaveLength(19);
    expect(outcomes[accepted[0]!]).toEqual({ kind: "saved", revision: 3 });
    const stored = await position("RT4");
    expect(stored?.body).toBe(bodies[accepted[0]!]);
    expect(stored?.revision).toBe(3);
    expect(stored?.revisions.map((r) => r.number)).toEqual([1, 2, 3]);
    expect(stored?.revisions[2]?.body).toBe(bodies[accepted[0]!]);
    for (const o of outcomes) {
      if (o.kind === "conflict") expect(o).toMatchObject({ baseBody: "Second text.", current: { revision: 3 } });
    }
    // One audit row per accepted save, written in the same transaction.
    expect(await db.auditLog.count({ where: { action: "position.save", entityId: stored!.id } })).toBe(3);
  });
});
