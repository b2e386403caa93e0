import { describe, expect, it } from "vitest";
import { ACTION_STATUSES, allowedNextStatuses, isUnfinished, transition } from "./status-transitions";

describe("[actions] status transitions", () => {
  it.each([
    ["OPEN", "IN_PROGRESS"],
    ["IN_PROGRESS", "DONE"],
    ["IN_PROGRESS", "OPEN"],
    ["OPEN", "CANCELLED"],
    ["IN_PROGRESS", "CANCELLED"],
    ["BLOCKED", "IN_PROGRESS"],
    ["BLOCKED", "OPEN"],
    ["BLOCKED", "CANCELLED"],
    ["DONE", "IN_PROGRESS"],
    ["CANCELLED", "OPEN"],
  ] as const)("allows %s → %s and clears any blocked reason", (from, to) => {
    expect(transition(from, to, "left over")).toEqual({ ok: true, status: to, blockedReason: null });
  });

  it.each([
    ["OPEN", "DONE"],
    ["OPEN", "OPEN"],
    ["DONE", "DONE"],
    ["DONE", "OPEN"],
    ["DONE", "CANCELLED"],
    ["DONE", "BLOCKED"],
    ["CANCELLED", "DONE"],
    ["CANCELLED", "IN_PROGRESS"],
    ["CANCELLED", "BLOCKED"],
    ["BLOCKED", "BLOCKED"],
    ["BLOCKED", "DONE"],
  ] as const)("refuses %s → %s", (from, to) => {
    expect(transition(from, to, "a reason")).toEqual({ ok: false, error: "illegal" });
  });

  it("requires a non-blank reason to block, and stores it trimmed", () => {
    expect(transition("OPEN", "BLOCKED")).toEqual({ ok: false, error: "reasonRequired" });
    expect(transition("IN_PROGRESS", "BLOCKED", "   ")).toEqual({ ok: false, error: "reasonRequired" });
    expect(transition("IN_PROGRESS", "BLOCKED", "  waiting for the ministry ")).toEqual({
      ok: true,
      status: "BLOCKED",
      blockedReason: "waiting for the ministry",
    });
  });

  it("never offers a move to the same status, and every status can be left", () => {
    for (const status of ACTION_STATUSES) {
      const next = allowedNextStatuses(status);
      expect(next).not.toContain(status);
      expect(next.length).toBeGreaterThan(0);
    }
  });

  it("counts only open, in-progress and blocked actions as unfinished", () => {
    expect(ACTION_STATUSES.filter(isUnfinished)).toEqual(["OPEN", "IN_PROGRESS", "BLOCKED"]);
  });
});
