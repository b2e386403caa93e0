// What a live event is (issue 11). The database writes one per committed change that
// others may need to see (migration 20261202100000_live_events) and announces it with
// pg_notify; this file reads that payload. The server keeps the audience (who may
// hear of it); the browser gets only the kind and ids (`toClientEvent`), never text.
import { z } from "zod";

export const LIVE_CHANNEL = "live_events";

export const LIVE_KINDS = [
  "note.created",
  "note.updated",
  "reply.created",
  "reply.updated",
  "action.created",
  "action.updated",
  "action.commented",
  "position.saved",
  "position.status",
  "position.agreement",
  "position.presence",
  "stance.set",
  "notification.created",
  "notification.read",
] as const;

export type TLiveKind = (typeof LIVE_KINDS)[number];

const ZId = z.string().min(1).max(100);
const ZGroup = z.enum(["GOVERNMENT", "EMPLOYERS", "WORKERS", "OBSERVER"]);

const ZLiveEvent = z.object({
  id: z.string().regex(/^\d{1,19}$/),
  kind: z.enum(LIVE_KINDS),
  subjectId: ZId,
  themeId: ZId.nullable(),
  parentId: ZId.nullable(),
  // The audience the row had when written.
  scope: z.enum(["DELEGATION", "GROUP", "ALL"]).nullable(),
  group: ZGroup.nullable(),
  delegationId: ZId.nullable(),
  userId: ZId.nullable(),
  status: z.string().max(20).nullable(),
  // Who made the change, where the row says (kept on the server: see toClientEvent).
  actorId: ZId.nullable().default(null),
});

export type TLiveEvent = z.infer<typeof ZLiveEvent>;

/**
 * What one browser is told: enough to know whether its page shows the thing, and
 * whether the change was its own viewer's (`mine`: not announced to them as news).
 */
export type TLiveClientEvent = { id: string; kind: TLiveKind; subjectId: string; themeId: string | null; parentId: string | null; mine: boolean };

/** A notification's payload, or null when it is not one of ours (logged by the caller). */
export function parseLiveEvent(payload: string): TLiveEvent | null {
  try {
    const parsed = ZLiveEvent.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A stored LiveEvent row in the same shape as a notification's payload. */
export function liveEventFromRow(row: {
  id: bigint;
  kind: string;
  subjectId: string;
  themeId: string | null;
  parentId: string | null;
  scope: string | null;
  group: string | null;
  delegationId: string | null;
  userId: string | null;
  status: string | null;
  actorId?: string | null;
}): TLiveEvent | null {
  const parsed = ZLiveEvent.safeParse({ ...row, id: row.id.toString() });
  return parsed.success ? parsed.data : null;
}

export function toClientEvent(event: TLiveEvent, viewerUserId: string): TLiveClientEvent {
  return { id: event.id, kind: event.kind, subjectId: event.subjectId, themeId: event.themeId, parentId: event.parentId, mine: event.actorId === viewerUserId };
}

/**
 * How far back a freshly opened stream looks for what was committed while its page
 * was being rendered and loaded (the `since` the layout stamps, milliseconds), with a
 * margin for the clocks of the app instances and the database. A page older than
 * SINCE_LIMIT_MS is told to refetch instead.
 */
export const SINCE_MARGIN_MS = 2000;
export const SINCE_LIMIT_MS = 60_000;

/** The `since` query parameter: the page's render time in ms, or null when absent or not a number. */
export function parseSince(value: string | null | undefined): number | null {
  if (!value || !/^\d{1,15}$/.test(value)) return null;
  return Number(value);
}

/** Last-Event-ID as sent by EventSource: a decimal event id, anything else is ignored. */
export function parseLastEventId(value: string | null | undefined): bigint | null {
  if (!value || !/^\d{1,19}$/.test(value)) return null;
  return BigInt(value);
}
