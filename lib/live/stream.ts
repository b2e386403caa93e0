// One browser tab's event stream (Server-Sent Events), as a ReadableStream the route
// handler returns. It
//   - replays what the tab missed after its Last-Event-ID (or tells it to refetch
//     when that cannot be complete),
//   - passes on each event of this instance's hub that the viewer may see
//     (canReceiveLiveEvent: the rules of lib/authz/visibility.ts), as ids and kind,
//   - every heartbeat, reads the session again from the database and closes with an
//     `end` event when it was revoked or has expired or the person was deactivated;
//     the viewer read then also serves the filtering, so a person moved to another
//     delegation or group hears what they may see now.
// While the database is unreachable the heartbeat cannot tell, and the stream stays
// open: the hub catches up when the database returns.
import type { Viewer } from "@/lib/auth/viewer";
import { canReceiveLiveEvent } from "@/lib/authz/visibility";
import { SINCE_LIMIT_MS, SINCE_MARGIN_MS, toClientEvent, type TLiveEvent } from "./event";
import type { TLiveHub } from "./hub";
import type { THeartbeat } from "./heartbeat";

export type TLiveStreamOptions = {
  viewer: Viewer;
  hub: Pick<TLiveHub, "subscribe">;
  lastEventId: bigint | null;
  /** For a first connection (no Last-Event-ID): when its page was rendered (ms), to replay what it missed since. */
  since?: number | null;
  heartbeat: Pick<THeartbeat, "join">;
  replayAfter(lastEventId: bigint): Promise<{ events: TLiveEvent[]; complete: boolean }>;
  replaySince?(since: Date): Promise<{ events: TLiveEvent[]; complete: boolean }>;
  /** The current time (tests set it). */
  now?: () => number;
  signal?: AbortSignal;
};

const encoder = new TextEncoder();

export function sseMessage(fields: { id?: string; event?: string; data: unknown }): string {
  return `${fields.id ? `id: ${fields.id}\n` : ""}${fields.event ? `event: ${fields.event}\n` : ""}data: ${JSON.stringify(fields.data)}\n\n`;
}

export function openLiveStream(options: TLiveStreamOptions): ReadableStream<Uint8Array> {
  let viewer = options.viewer;
  let stop: () => void = () => undefined;

  return new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      let queue: TLiveEvent[] | null = []; // live events arriving during the replay
      const write = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      const send = (event: TLiveEvent) => {
        if (canReceiveLiveEvent(viewer, event)) write(sseMessage({ id: event.id, event: "change", data: toClientEvent(event, viewer.userId) }));
      };

      const unsubscribe = options.hub.subscribe((event) => (queue ? queue.push(event) : send(event)));
      const leave = options.heartbeat.join(viewer.sessionId, beat);
      stop = () => {
        if (!open) return;
        open = false;
        leave();
        unsubscribe();
        options.signal?.removeEventListener("abort", stop);
        try {
          controller.close();
        } catch {
          // already closed by the other side
        }
      };
      options.signal?.addEventListener("abort", stop);

      function beat(current: Viewer | null | undefined) {
        if (current === undefined) {
          write(": database unreachable\n\n");
          return;
        }
        if (!current) {
          write(sseMessage({ event: "end", data: { reason: "session" } }));
          stop();
          return;
        }
        viewer = current;
        write(": heartbeat\n\n");
      }

      // Tells EventSource how soon to come back after a cut, then the replay.
      write(`retry: 3000\n\n`);
      // What the tab may have missed: after its Last-Event-ID when it reconnects; on
      // a first connection, what was committed since its page was rendered (the page
      // was read before the stream was open, so an event in between would be lost).
      const replaying = replayFor(options);
      if (replaying) {
        try {
          const replay = await replaying;
          for (const event of replay.events) send(event);
          if (!replay.complete) write(sseMessage({ event: "resync", data: {} }));
          const replayed = new Set(replay.events.map((e) => e.id));
          queue = queue!.filter((e) => !replayed.has(e.id));
        } catch {
          write(sseMessage({ event: "resync", data: {} }));
        }
      }
      const pending = queue!;
      queue = null;
      for (const event of pending) send(event);
      write(sseMessage({ event: "ready", data: {} }));
    },
    cancel() {
      stop();
    },
  });
}

function replayFor(options: TLiveStreamOptions): Promise<{ events: TLiveEvent[]; complete: boolean }> | null {
  if (options.lastEventId !== null) return options.replayAfter(options.lastEventId);
  if (options.since == null || !options.replaySince) return null;
  const now = options.now?.() ?? Date.now();
  // A page rendered long ago (restored from the browser's cache, say): refetch it.
  if (now - options.since > SINCE_LIMIT_MS) return Promise.resolve({ events: [], complete: false });
  return options.replaySince(new Date(options.since - SINCE_MARGIN_MS));
}
