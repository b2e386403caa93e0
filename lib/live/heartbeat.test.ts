import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createHeartbeat } from "./heartbeat";
import type { Viewer } from "@/lib/auth/viewer";

const viewer = (sessionId: string) => ({ userId: `u-${sessionId}`, sessionId }) as Viewer;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("[live] the instance's heartbeat", () => {
  it("checks every open stream's session in one query per beat", async () => {
    const calls: string[][] = [];
    const heartbeat = createHeartbeat({
      intervalMs: 1000,
      checkSessions: async (ids) => {
        calls.push([...ids].sort());
        return new Map(ids.filter((id) => id !== "revoked").map((id) => [id, viewer(id)]));
      },
    });
    const seen: Record<string, (Viewer | null | undefined)[]> = { a1: [], a2: [], b: [], revoked: [] };
    heartbeat.join("a", (v) => seen.a1!.push(v));
    heartbeat.join("a", (v) => seen.a2!.push(v));
    heartbeat.join("b", (v) => seen.b!.push(v));
    heartbeat.join("revoked", (v) => seen.revoked!.push(v));
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toEqual([["a", "b", "revoked"]]);
    expect(seen.a1![0]?.sessionId).toBe("a");
    expect(seen.a2![0]?.sessionId).toBe("a");
    expect(seen.b![0]?.sessionId).toBe("b");
    expect(seen.revoked).toEqual([null]);
    heartbeat.stop();
  });

  it("tells the streams it cannot know while the database is unreachable, and stops ticking when the last one leaves", async () => {
    let calls = 0;
    const heartbeat = createHeartbeat({
      intervalMs: 1000,
      checkSessions: async () => {
        calls++;
        throw new Error("connection refused");
      },
    });
    const seen: (Viewer | null | undefined)[] = [];
    const leave = heartbeat.join("a", (v) => seen.push(v));
    await vi.advanceTimersByTimeAsync(1000);
    expect(seen).toEqual([undefined]);
    leave();
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toBe(1);
  });
});
