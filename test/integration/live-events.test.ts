import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { useAppDatabase } from "../support/app-database";
import { viewerFor } from "../support/viewers";
import { streamReader, waitFor } from "../support/live-stream-reader";
import type { Viewer } from "@/lib/auth/viewer";
import type { TLiveEvent } from "@/lib/live/event";
import type { TLiveHub } from "@/lib/live/hub";

// Live updates (issue 11) against a real database: events are written by the
// database in the writer's transaction and reach a LISTEN connection at commit; a
// rolled-back write publishes nothing; who may hear of an event agrees with the
// visibility builders for every demo account; a stream closes within a heartbeat of
// its session's end; a lost LISTEN connection reconnects and catches up.

const adminUrl = process.env.DATABASE_URL;
let db: typeof import("@/lib/db").db;
let notes: typeof import("@/lib/services/annotations-notes");
let replies: typeof import("@/lib/services/annotations-replies");
let actions: typeof import("@/lib/dal/actions-write");
let positions: typeof import("@/lib/dal/positions-write");
let stances: typeof import("@/lib/dal/stances");
let visibility: typeof import("@/lib/authz/visibility");
let actionsQuery: typeof import("@/lib/dal/actions-query");
let live: {
  hub: typeof import("@/lib/live/hub");
  sources: typeof import("@/lib/live/listen-sources");
  instance: typeof import("@/lib/live/instance-hub");
  stream: typeof import("@/lib/live/stream");
  heartbeat: typeof import("@/lib/live/heartbeat");
  sessions: typeof import("@/lib/auth/sessions");
};
let cleanup: () => Promise<void>;
let hub: TLiveHub;
let seen: TLiveEvent[] = [];
let viewers: Record<string, Viewer>;
let rt2: { id: string };

function liveHubForTest(): TLiveHub {
  const url = process.env.DATABASE_URL;
  const listen = url ? live.sources.listenOnPostgres(url) : live.sources.listenOnPGlite(requireEmbedded());
  return live.hub.createLiveHub({ listen, fetchSince: live.instance.liveEventsSince, log: () => undefined });
}

function requireEmbedded() {
  const embedded = (globalThis as { pglite?: import("@electric-sql/pglite").PGlite }).pglite;
  if (!embedded) throw new Error("no embedded database open");
  return embedded;
}

const eventFor = (subjectId: string, kind?: string) => waitFor(() => seen.find((e) => e.subjectId === subjectId && (!kind || e.kind === kind)), `${kind ?? "an event"} on ${subjectId}`);

async function writeNote(viewer: Viewer, scope: "DELEGATION" | "GROUP" | "ALL", body: string): Promise<string> {
  const result = await notes.createAnnotation(viewer, { themeId: rt2.id, body, scope, tags: "", anchor: null });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value.id;
}

beforeAll(async () => {
  cleanup = await useAppDatabase();
  ({ db } = await import("@/lib/db"));
  notes = await import("@/lib/services/annotations-notes");
  replies = await import("@/lib/services/annotations-replies");
  actions = await import("@/lib/dal/actions-write");
  positions = await import("@/lib/dal/positions-write");
  stances = await import("@/lib/dal/stances");
  visibility = await import("@/lib/authz/visibility");
  actionsQuery = await import("@/lib/dal/actions-query");
  live = {
    hub: await import("@/lib/live/hub"),
    sources: await import("@/lib/live/listen-sources"),
    instance: await import("@/lib/live/instance-hub"),
    stream: await import("@/lib/live/stream"),
    heartbeat: await import("@/lib/live/heartbeat"),
    sessions: await import("@/lib/auth/sessions"),
  };
  const emails = {
    lk: "delegate.lk@gov.demo",
    adviserLk: "adviser.lk@gov.demo",
    headLk: "head.lk@gov.demo",
    ph: "delegate.ph@gov.demo",
    ioe: "head.ioe@employers.demo",
    ituc: "head.ituc@workers.demo",
    observer: "observer.iom@observers.demo",
    secretariat: "secretariat@ilo.demo",
  };
  viewers = Object.fromEntries(await Promise.all(Object.entries(emails).map(async ([k, email]) => [k, await viewerFor(email)] as const)));
  rt2 = await db.theme.findFirstOrThrow({ where: { code: "RT2", meeting: { slug: "hld-2013" } }, select: { id: true } });
  await db.$executeRawUnsafe("SELECT 1"); // open the embedded database before the hub needs it
  hub = liveHubForTest();
  hub.subscribe((event) => seen.push(event));
  await hub.ready();
});
afterAll(async () => {
  await hub?.close();
  await cleanup?.();
});

describe("[live] publishing in the writer's transaction", () => {
  it("a committed note reaches the LISTEN connection with ids and kind, never its text", async () => {
    const body = "Live canary text that must never travel in an event";
    const id = await writeNote(viewers.lk!, "GROUP", body);
    const event = await eventFor(id, "note.created");
    expect(event).toMatchObject({ themeId: rt2.id, scope: "GROUP", group: "GOVERNMENT", delegationId: viewers.lk!.delegation!.id });
    expect(JSON.stringify(event)).not.toContain("canary");
    const stored = await db.liveEvent.findUniqueOrThrow({ where: { id: BigInt(event.id) } });
    expect(stored.kind).toBe("note.created");
  });

  it("a rolled-back write publishes nothing and stores nothing", async () => {
    const before = await db.liveEvent.count();
    const rolledBack = "00000000-0000-4000-8000-00000000dead";
    await expect(
      db.$transaction(async (tx) => {
        await tx.annotation.create({
          data: { id: rolledBack, themeId: rt2.id, authorId: viewers.lk!.userId, delegationId: viewers.lk!.delegation!.id, group: "GOVERNMENT", scope: "ALL", body: "rolled back" },
        });
        throw new Error("abort the action");
      }),
    ).rejects.toThrow("abort the action");
    // A write committed after it arrives; had the rolled-back one been published, it
    // would have arrived first (notifications come in commit order).
    const marker = await writeNote(viewers.lk!, "ALL", "marker after the rollback");
    await eventFor(marker);
    expect(seen.some((e) => e.subjectId === rolledBack)).toBe(false);
    expect(await db.liveEvent.count()).toBe(before + 1);
  });
});

describe("[live] who hears of what agrees with the visibility builders", () => {
  // Each case records, right after its write, which accounts the builders let read the
  // thing (a position's readers change with its status).
  type TCase = { label: string; event: TLiveEvent; expected: Record<string, boolean> };
  const cases: TCase[] = [];

  async function addCase(label: string, event: TLiveEvent, visibleTo: (v: Viewer) => Promise<boolean>) {
    const expected: Record<string, boolean> = {};
    for (const [name, v] of Object.entries(viewers)) expected[name] = await visibleTo(v);
    cases.push({ label, event, expected });
  }

  beforeAll(async () => {
    const lk = viewers.lk!;
    const headLk = viewers.headLk!;
    const ioe = viewers.ioe!;
    const note = async (v: Viewer, scope: "DELEGATION" | "GROUP" | "ALL") => {
      const id = await writeNote(v, scope, `live matrix ${scope} note`);
      await addCase(`${scope} note by ${v.email}`, await eventFor(id, "note.created"), async (w) => (await db.annotation.count({ where: { AND: [{ id }, visibility.visibleAnnotationsWhere(w)] } })) > 0);
      return id;
    };
    for (const scope of ["DELEGATION", "GROUP", "ALL"] as const) {
      const noteId = await note(lk, scope);
      await note(ioe, scope);
      const reply = await replies.replyToAnnotation(headLk, { annotationId: noteId, body: `live reply in ${scope}` });
      if (!reply.ok) throw new Error(JSON.stringify(reply));
      await addCase(
        `reply in a ${scope} thread`,
        await eventFor(reply.value.id, "reply.created"),
        async (w) => (await db.annotationReply.count({ where: { AND: [{ id: reply.value.id }, visibility.visibleAnnotationRepliesWhere(w)] } })) > 0,
      );
    }
    for (const scope of ["DELEGATION", "GROUP"] as const) {
      for (const v of [lk, ioe]) {
        const created = await actions.createActionForViewer(v, { title: `live ${scope} action`, description: "", priority: "MEDIUM", scope, themeId: rt2.id });
        if (!created.ok) throw new Error(JSON.stringify(created));
        const id = created.value.id;
        const visibleTo = async (w: Viewer) => (await db.followUpAction.count({ where: { AND: [{ id }, actionsQuery.visibleActionsWhere(w)] } })) > 0;
        await addCase(`${scope} action by ${v.email}`, await eventFor(id, "action.created"), visibleTo);
        const moved = await actions.changeActionStatusForViewer(v, { id, status: "IN_PROGRESS", fromStatus: "OPEN" });
        if (!moved.ok) throw new Error(JSON.stringify(moved));
        await addCase(`${scope} action status by ${v.email}`, await eventFor(id, "action.updated"), visibleTo);
        const comment = await actions.addActionCommentForViewer(v, { actionId: id, body: "live comment" });
        if (!comment.ok) throw new Error(JSON.stringify(comment));
        await addCase(`${scope} action comment by ${v.email}`, await eventFor(id, "action.commented"), visibleTo);
      }
    }
    // A government position saved, agreed, then delivered: who may read it changes.
    const position = await db.groupPosition.findFirst({ where: { themeId: rt2.id, group: "GOVERNMENT" }, select: { revision: true, status: true } });
    let revision = position?.revision ?? 0;
    if (position && position.status !== "DRAFT") {
      const reopened = await positions.changePositionStatus(headLk, "hld-2013", "RT2", { to: "DRAFT", baseRevision: revision });
      if (reopened.kind !== "changed") throw new Error(JSON.stringify(reopened));
      revision = reopened.revision;
    }
    seen = seen.filter((e) => !e.kind.startsWith("position"));
    const saved = await positions.savePositionText(headLk, "hld-2013", "RT2", { body: "Live position text.", baseRevision: revision });
    if (saved.kind !== "saved") throw new Error(JSON.stringify(saved));
    const positionId = (await db.groupPosition.findFirstOrThrow({ where: { themeId: rt2.id, group: "GOVERNMENT" }, select: { id: true } })).id;
    const readable = async (w: Viewer) => (await db.groupPosition.count({ where: { AND: [{ id: positionId }, visibility.visiblePositionsWhere(w)] } })) > 0;
    const statusShown = async (w: Viewer) => (await db.groupPosition.count({ where: { AND: [{ id: positionId }, visibility.visiblePositionStatusesWhere(w)] } })) > 0;
    await addCase("draft position saved", await eventFor(positionId, "position.saved"), readable);
    seen = seen.filter((e) => !e.kind.startsWith("position"));
    const agreed = await positions.changePositionStatus(headLk, "hld-2013", "RT2", { to: "AGREED", baseRevision: saved.revision });
    if (agreed.kind !== "changed") throw new Error(JSON.stringify(agreed));
    await addCase("position moved to AGREED", await eventFor(positionId, "position.status"), statusShown);
    await addCase("position agreement", await eventFor(positionId, "position.agreement"), readable);
    seen = seen.filter((e) => !e.kind.startsWith("position"));
    const delivered = await positions.changePositionStatus(headLk, "hld-2013", "RT2", { to: "DELIVERED", baseRevision: agreed.revision });
    if (delivered.kind !== "changed") throw new Error(JSON.stringify(delivered));
    await addCase("position DELIVERED", await eventFor(positionId, "position.status"), statusShown);
    // A stance: the delegations of its group only.
    const stance = await stances.setStanceForViewer(headLk, "hld-2013", "RT2", { value: "SUPPORT", note: "" });
    if (stance.kind !== "saved") throw new Error(JSON.stringify(stance));
    const stanceId = (await db.stance.findFirstOrThrow({ where: { themeId: rt2.id, delegationId: headLk.delegation!.id }, select: { id: true } })).id;
    await addCase("stance set", await eventFor(stanceId, "stance.set"), async (w) => (await db.stance.count({ where: { AND: [{ id: stanceId }, visibility.visibleStancesWhere(w)] } })) > 0);
    // A notification (the status moves above notified the group): its reader only.
    const notification = await db.notification.findFirstOrThrow({ where: { userId: lk.userId }, orderBy: { createdAt: "desc" }, select: { id: true, userId: true } });
    await addCase("notification", await eventFor(notification.id, "notification.created"), async (w) => w.userId === notification.userId);
  });

  it("for every demo account and every kind, an event reaches exactly those who may see the thing", async () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const c of cases) {
      for (const [name, v] of Object.entries(viewers)) {
        const receives = visibility.canReceiveLiveEvent(v, c.event);
        const sees = c.expected[name];
        checked++;
        if (receives !== sees) mismatches.push(`${c.label} → ${name}: receives ${receives}, may see ${sees}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(8 * 25);
    // Both outcomes occur for every account (no rule that admits or refuses all).
    for (const [name, v] of Object.entries(viewers)) {
      const outcomes = new Set(cases.map((c) => visibility.canReceiveLiveEvent(v, c.event)));
      expect(outcomes, name).toEqual(new Set([true, false]));
    }
  });
});

async function sessionFor(v: Viewer): Promise<Viewer> {
  const session = await db.session.create({ data: { userId: v.userId, expiresAt: new Date(Date.now() + 3_600_000) }, select: { id: true } });
  return { ...v, sessionId: session.id };
}

function open(viewer: Viewer, options: { lastEventId?: bigint | null; since?: number; now?: number; heartbeatMs?: number; replayLimit?: number } = {}) {
  const heartbeat = live.heartbeat.createHeartbeat({ intervalMs: options.heartbeatMs ?? 60_000, checkSessions: live.sessions.findViewersBySessions });
  const reader = streamReader(
    live.stream.openLiveStream({
      viewer,
      hub,
      lastEventId: options.lastEventId ?? null,
      since: options.since ?? null,
      replaySince: (since: Date) => live.instance.liveEventsSince(since, options.replayLimit),
      ...(options.now ? { now: () => options.now! } : {}),
      heartbeat,
      replayAfter: live.instance.liveEventsAfter,
    }),
  );
  return { ...reader, cancel: async () => (await reader.cancel(), heartbeat.stop()) };
}

describe("[live] the event stream", () => {
  it("a group member hears of a group note; an employer and the secretariat hear nothing that names it", async () => {
    const lk = open(await sessionFor(viewers.adviserLk!));
    const ioe = open(await sessionFor(viewers.ioe!));
    const secretariat = open(await sessionFor(viewers.secretariat!));
    await Promise.all([lk.until("event: ready"), ioe.until("event: ready"), secretariat.until("event: ready")]);
    const groupNote = await writeNote(viewers.lk!, "GROUP", "group only, live");
    const delegationNote = await writeNote(viewers.lk!, "DELEGATION", "delegation only, live");
    const marker = await writeNote(viewers.ph!, "ALL", "for everyone, live");
    await Promise.all([lk.until(marker), ioe.until(marker), secretariat.until(marker)]);
    expect(lk.text()).toContain(groupNote);
    expect(lk.text()).toContain(delegationNote);
    for (const other of [ioe, secretariat]) {
      expect(other.text()).not.toContain(groupNote);
      expect(other.text()).not.toContain(delegationNote);
    }
    // What travels: kind and ids, never the audience or the text.
    const line = lk.text().split("\n").find((l) => l.startsWith("data:") && l.includes(groupNote))!;
    expect(Object.keys(JSON.parse(line.slice(5)) as object).sort()).toEqual(["id", "kind", "mine", "parentId", "subjectId", "themeId"]);
    await Promise.all([lk.cancel(), ioe.cancel(), secretariat.cancel()]);
  });

  it("a change is marked as the viewer's own only on its author's streams, and the author is never named", async () => {
    const author = open(await sessionFor(viewers.lk!));
    const colleague = open(await sessionFor(viewers.adviserLk!));
    await Promise.all([author.until("event: ready"), colleague.until("event: ready")]);
    const note = await writeNote(viewers.lk!, "GROUP", "whose is it, live");
    await Promise.all([author.until(note), colleague.until(note)]);
    const dataOf = (text: string) => JSON.parse(text.split("\n").find((l) => l.startsWith("data:") && l.includes(note))!.slice(5)) as { mine: boolean };
    expect(dataOf(author.text()).mine).toBe(true);
    expect(dataOf(colleague.text()).mine).toBe(false);
    for (const stream of [author, colleague]) expect(stream.text()).not.toContain(viewers.lk!.userId);
    // Stored with the event, where the row names its writer.
    const stored = await db.liveEvent.findFirstOrThrow({ where: { subjectId: note, kind: "note.created" }, select: { actorId: true } });
    expect(stored.actorId).toBe(viewers.lk!.userId);
    await Promise.all([author.cancel(), colleague.cancel()]);
  });

  it("resumes after Last-Event-ID with what the viewer may see, on any instance", async () => {
    const last = (await db.liveEvent.findFirstOrThrow({ orderBy: { id: "desc" }, select: { id: true } })).id;
    const publicNote = await writeNote(viewers.ioe!, "ALL", "written while the tab was away");
    const privateNote = await writeNote(viewers.ioe!, "GROUP", "employers only, while away");
    await eventFor(privateNote);
    const lk = open(await sessionFor(viewers.lk!), { lastEventId: last });
    await lk.until("event: ready");
    expect(lk.text()).toContain(publicNote);
    expect(lk.text()).not.toContain(privateNote);
    expect(lk.text()).not.toContain("event: resync");
    await lk.cancel();
  });

  it("a first connection replays what was committed since its page was read, and only what the viewer may see", async () => {
    const pageReadAt = Date.now();
    const publicNote = await writeNote(viewers.ioe!, "ALL", "written while the page was loading");
    const privateNote = await writeNote(viewers.ioe!, "GROUP", "employers only, while the page was loading");
    await eventFor(privateNote);
    const lk = open(await sessionFor(viewers.lk!), { since: pageReadAt });
    await lk.until("event: ready");
    expect(lk.text()).toContain(publicNote);
    expect(lk.text()).not.toContain(privateNote);
    expect(lk.text()).not.toContain("event: resync");
    await lk.cancel();
    // A page read long ago is told to refetch rather than replayed.
    const stale = open(await sessionFor(viewers.lk!), { since: pageReadAt, now: pageReadAt + 120_000 });
    await stale.until("event: ready");
    expect(stale.text()).toContain("event: resync");
    expect(stale.text()).not.toContain(publicNote);
    await stale.cancel();
    // More committed since than a page is replayed (two notes, a limit of one): it is
    // told to refetch, and the cut never lets the unseen one through.
    const capped = open(await sessionFor(viewers.lk!), { since: pageReadAt, replayLimit: 1 });
    await capped.until("event: ready");
    expect(capped.text()).toContain("event: resync");
    expect(capped.text()).not.toContain(privateNote);
    await capped.cancel();
  });

  it("closes within one heartbeat of its session being revoked", async () => {
    const heartbeatMs = 400;
    const viewer = await sessionFor(viewers.ph!);
    const stream = open(viewer, { heartbeatMs });
    await stream.until("event: ready");
    await stream.until(": heartbeat", "a first heartbeat");
    const revokedAt = Date.now();
    await live.sessions.revokeSession(viewer.sessionId, viewer);
    await waitFor(() => (stream.ended() ? true : undefined), "the stream to end", heartbeatMs * 3);
    expect(stream.text()).toContain("event: end");
    expect(stream.endedAt() - revokedAt).toBeLessThanOrEqual(heartbeatMs + 250);
  });
});

describe("[live] the LISTEN connection is lost and comes back", () => {
  it("reconnects with backoff and delivers what was committed meanwhile, once", async () => {
    if (!adminUrl) return expect(hub.connections()).toBe(1); // the embedded database has no server to lose
    const before = hub.connections();
    const database = new URL(process.env.DATABASE_URL!).pathname.slice(1);
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      // What a database restart does to the app's sessions, without stopping the
      // server others share: the listener's backend is terminated.
      const { rows } = await admin.query<{ terminated: boolean }>(
        `SELECT pg_terminate_backend(pid) AS terminated FROM pg_stat_activity WHERE datname = $1 AND application_name = 'delegate-live-listen'`,
        [database],
      );
      expect(rows.length).toBeGreaterThanOrEqual(1);
    } finally {
      await admin.end();
    }
    // Committed while no LISTEN is in place (the first retry waits 250 ms).
    const missed = await writeNote(viewers.lk!, "GROUP", "written while the listener was down");
    const event = await eventFor(missed, "note.created");
    expect(hub.connections()).toBeGreaterThan(before);
    // Caught up once, not again with every later event.
    const marker = await writeNote(viewers.lk!, "ALL", "after the reconnect");
    await eventFor(marker);
    expect(seen.filter((e) => e.id === event.id)).toHaveLength(1);
  });
});
