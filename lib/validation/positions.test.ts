import { describe, expect, it } from "vitest";
import { POSITION_BODY_MAX, ZPositionSave, ZPositionStatusChange, ZRevisionPair, ZStanceInput } from "./positions";

const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe("[positions] validation", () => {
  it("keeps the position text exactly as typed, and requires some text", () => {
    expect(ZPositionSave.parse({ body: "  **Text**\n\n", baseRevision: "3" })).toEqual({ body: "  **Text**\n\n", baseRevision: 3 });
    expect(firstMessage(ZPositionSave.safeParse({ body: "   \n", baseRevision: 0 }))).toBe("positions.errors.bodyRequired");
    expect(firstMessage(ZPositionSave.safeParse({ body: "x".repeat(POSITION_BODY_MAX + 1), baseRevision: 0 }))).toBe("positions.errors.bodyTooLong");
    expect(ZPositionSave.safeParse({ body: "ok", baseRevision: "-1" }).success).toBe(false);
    expect(ZPositionSave.safeParse({ body: "ok", baseRevision: "abc" }).success).toBe(false);
  });

  it("accepts only the three statuses", () => {
    expect(ZPositionStatusChange.safeParse({ to: "DELIVERED", baseRevision: "2" }).success).toBe(true);
    expect(ZPositionStatusChange.safeParse({ to: "ARCHIVED", baseRevision: "2" }).success).toBe(false);
  });

  it("requires a stance value and bounds the note", () => {
    expect(ZStanceInput.parse({ value: "OPPOSE", note: "  because  " })).toEqual({ value: "OPPOSE", note: "because" });
    expect(firstMessage(ZStanceInput.safeParse({ value: "", note: "" }))).toBe("positions.errors.stanceRequired");
    expect(firstMessage(ZStanceInput.safeParse({ value: "SUPPORT", note: "x".repeat(501) }))).toBe("positions.errors.noteTooLong");
  });

  it("ignores nonsense in the history page's query", () => {
    expect(ZRevisionPair.parse({ from: "x", to: "-3", page: "2" })).toEqual({ from: undefined, to: undefined, page: 2 });
  });
});
