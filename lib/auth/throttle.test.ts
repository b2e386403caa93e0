import { describe, expect, it } from "vitest";
import { FIRST_WAIT_MS, LONGEST_WAIT_MS, waitUntil } from "./throttle";

const at = (minutesAgo: number) => new Date(Date.UTC(2026, 10, 30, 14, 0) - minutesAgo * 60_000);
const fail = (minutesAgo: number) => ({ succeeded: false, createdAt: at(minutesAgo) });

describe("[auth] growing waits after failed password checks", () => {
  it("lets the free failures through, then doubles the wait from the last counted failure, up to the longest", () => {
    const run = (n: number) => Array.from({ length: n }, (_, i) => fail(i));
    expect(waitUntil(run(4), 5)).toBeNull();
    expect(waitUntil(run(5), 5)).toEqual(new Date(at(0).getTime() + FIRST_WAIT_MS));
    expect(waitUntil(run(6), 5)).toEqual(new Date(at(0).getTime() + 2 * FIRST_WAIT_MS));
    expect(waitUntil(run(8), 5)).toEqual(new Date(at(0).getTime() + 8 * FIRST_WAIT_MS));
    expect(waitUntil(run(20), 5)).toEqual(new Date(at(0).getTime() + LONGEST_WAIT_MS));
  });

  it("starts counting again after a success", () => {
    const recent = [fail(0), fail(1), { succeeded: true, createdAt: at(2) }, fail(3), fail(4), fail(5), fail(6), fail(7)];
    expect(waitUntil(recent, 5)).toBeNull();
    expect(waitUntil([], 5)).toBeNull();
  });
});
