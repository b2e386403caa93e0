// The heartbeat of an instance's open streams: one timer and one session query per
// beat for all of them, instead of a timer and a query per stream (200 open tabs on
// a worker are then one query every LIVE_HEARTBEAT_SECONDS, not 200).
import type { Viewer } from "@/lib/auth/viewer";

/** What a stream does at each beat, given its session's viewer now (null: it ended; undefined: unknown). */
export type TBeat = (viewer: Viewer | null | undefined) => void;

export type THeartbeat = { join(sessionId: string, beat: TBeat): () => void; stop(): void };

export function createHeartbeat(options: { intervalMs: number; checkSessions(sessionIds: string[]): Promise<Map<string, Viewer>> }): THeartbeat {
  const members = new Map<TBeat, string>();
  let timer: ReturnType<typeof setInterval> | null = null;

  async function beat() {
    if (members.size === 0) return;
    const current = [...members];
    let viewers: Map<string, Viewer> | null = null;
    try {
      viewers = await options.checkSessions([...new Set(current.map(([, sessionId]) => sessionId))]);
    } catch {
      // The database cannot tell now (down, restarting): the streams stay open.
    }
    for (const [fn, sessionId] of current) {
      if (members.has(fn)) fn(viewers ? (viewers.get(sessionId) ?? null) : undefined);
    }
  }

  return {
    join(sessionId, fn) {
      members.set(fn, sessionId);
      if (!timer) {
        timer = setInterval(() => void beat(), options.intervalMs);
        timer.unref?.();
      }
      return () => {
        members.delete(fn);
        if (members.size === 0 && timer) {
          clearInterval(timer);
          timer = null;
        }
      };
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
      members.clear();
    },
  };
}
