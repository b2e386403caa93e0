import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase } from "../support/app-database";
import { viewerFor } from "../support/viewers";
import type { Viewer } from "@/lib/auth/viewer";

// "Someone from your group is editing this position" (issue 11): who says so, who is
// told (the group's own members, on the page and by a live event), lapsing after the
// time-to-live, and leaving.
let db: typeof import("@/lib/db").db;
let presence: typeof import("@/lib/dal/position-presence");
let visibility: typeof import("@/lib/authz/visibility");
let liveEvent: typeof import("@/lib/live/event");
let cleanup: () => Promise<void>;
let viewers: Record<string, Viewer>;
let rt1: string;

const EMAILS = {
  headLk: "head.lk@gov.demo",
  lk: "delegate.lk@gov.demo",
  adviserLk: "adviser.lk@gov.demo",
  ph: "delegate.ph@gov.demo",
  ioe: "head.ioe@employers.demo",
  ituc: "head.ituc@workers.demo",
  observer: "observer.iom@observers.demo",
  secretariat: "secretariat@ilo.demo",
};
// The government group's members; nobody else is ever told.
const GOVERNMENT = new Set(["headLk", "lk", "adviserLk", "ph"]);

beforeAll(async () => {
  cleanup = await useAppDatabase();
  ({ db } = await import("@/lib/db"));
  presence = await import("@/lib/dal/position-presence");
  visibility = await import("@/lib/authz/visibility");
  liveEvent = await import("@/lib/live/event");
  viewers = Object.fromEntries(await Promise.all(Object.entries(EMAILS).map(async ([k, email]) => [k, await viewerFor(email)] as const)));
  rt1 = (await db.theme.findFirstOrThrow({ where: { code: "RT1", meeting: { slug: "hld-2013" } }, select: { id: true } })).id;
});
afterAll(async () => cleanup?.());

const editorsSeenBy = async (key: string) => (await presence.listOtherEditors(viewers[key]!, rt1, "GOVERNMENT")).map((e) => e.name);
const presenceEvents = () => db.liveEvent.findMany({ where: { kind: "position.presence", subjectId: rt1 }, orderBy: { id: "asc" } });

describe("[positions] who is editing a position", () => {
  it("a delegate with the editor open is shown to the rest of the group only, never to themselves", async () => {
    expect(await presence.setEditing(viewers.lk!, "hld-2013", "RT1", true)).toEqual({ kind: "ok" });
    const lkName = viewers.lk!.name;
    for (const key of Object.keys(EMAILS)) {
      const expected = GOVERNMENT.has(key) && key !== "lk" ? [lkName] : [];
      expect(await editorsSeenBy(key), key).toEqual(expected);
    }
    const [row] = await presence.listOtherEditors(viewers.ph!, rt1, "GOVERNMENT");
    expect(row).toEqual({ name: lkName, delegation: "Government of Sri Lanka" });
  });

  it("the live event reaches the group's members only, and is marked as the editor's own", async () => {
    const [event] = (await presenceEvents()).map(liveEvent.liveEventFromRow);
    expect(event).toMatchObject({ kind: "position.presence", themeId: rt1, group: "GOVERNMENT", actorId: viewers.lk!.userId });
    for (const [key, v] of Object.entries(viewers)) expect(visibility.canReceiveLiveEvent(v, event!), key).toBe(GOVERNMENT.has(key));
    expect(liveEvent.toClientEvent(event!, viewers.lk!.userId).mine).toBe(true);
    expect(liveEvent.toClientEvent(event!, viewers.ph!.userId).mine).toBe(false);
  });

  it("refreshing says nothing new; a lapsed row stops counting, and coming back is news again", async () => {
    const before = (await presenceEvents()).length;
    await presence.setEditing(viewers.lk!, "hld-2013", "RT1", true);
    expect((await presenceEvents()).length).toBe(before);
    await db.$executeRaw`UPDATE "PositionPresence" SET "seenAt" = "seenAt" - interval '60 seconds' WHERE "userId" = ${viewers.lk!.userId}`;
    expect(await editorsSeenBy("ph")).toEqual([]);
    await presence.setEditing(viewers.lk!, "hld-2013", "RT1", true);
    expect(await editorsSeenBy("ph")).toEqual([viewers.lk!.name]);
    expect((await presenceEvents()).length).toBe(before + 1);
  });

  it("leaving removes the row and tells the group", async () => {
    const before = (await presenceEvents()).length;
    expect(await presence.setEditing(viewers.lk!, "hld-2013", "RT1", false)).toEqual({ kind: "ok" });
    expect(await editorsSeenBy("ph")).toEqual([]);
    expect((await presenceEvents()).length).toBe(before + 1);
  });

  it("nobody who may not edit the position can say they are editing it", async () => {
    for (const key of ["adviserLk", "observer", "secretariat"]) {
      expect(await presence.setEditing(viewers[key]!, "hld-2013", "RT1", true), key).toEqual({ kind: "notFound" });
    }
    // An employer marks only the employers' own position, never the governments'.
    expect(await presence.setEditing(viewers.ioe!, "hld-2013", "RT1", true)).toEqual({ kind: "ok" });
    expect(await editorsSeenBy("ph")).toEqual([]);
    expect(await presence.listOtherEditors(viewers.ituc!, rt1, "EMPLOYERS")).toEqual([]);
    expect((await presence.listOtherEditors(viewers.ioe!, rt1, "EMPLOYERS")).length).toBe(0);
    expect(await db.positionPresence.count({ where: { themeId: rt1, group: "GOVERNMENT" } })).toBe(0);
    expect(await presence.setEditing(viewers.lk!, "no-such-meeting", "RT1", true)).toEqual({ kind: "notFound" });
  });

  it("a position no longer in draft has no editor: saying so removes the row instead", async () => {
    await presence.setEditing(viewers.ph!, "hld-2013", "RT1", true);
    expect(await editorsSeenBy("lk")).toEqual([viewers.ph!.name]);
    await db.groupPosition.upsert({
      where: { themeId_group: { themeId: rt1, group: "GOVERNMENT" } },
      create: { themeId: rt1, group: "GOVERNMENT", status: "AGREED", body: "Agreed text.", revision: 1 },
      update: { status: "AGREED" },
    });
    expect(await presence.setEditing(viewers.ph!, "hld-2013", "RT1", true)).toEqual({ kind: "notFound" });
    expect(await editorsSeenBy("lk")).toEqual([]);
  });
});
