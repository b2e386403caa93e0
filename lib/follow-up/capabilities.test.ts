import { describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { actionCapabilities } from "./capabilities";

const LK = { id: "lk", name: "Government of Sri Lanka", group: "GOVERNMENT" as const };
const PH = { id: "ph", name: "Government of the Philippines", group: "GOVERNMENT" as const };
const viewer = (userId: string, role: Viewer["role"], delegation: Viewer["delegation"]): Viewer => ({
  userId,
  sessionId: "s",
  email: `${userId}@x`,
  name: userId,
  role,
  locale: "en",
  delegation,
});
const groupAction = { scope: "GROUP" as const, delegationId: "lk", group: "GOVERNMENT" as const, creatorId: "creator", assigneeId: "adviser" };

describe("[actions] capabilities (pure rules; the full table is in test/integration/actions-permissions.test.ts)", () => {
  it("lets an assigned adviser change status and comment, and nothing else", () => {
    expect(actionCapabilities(viewer("adviser", "ADVISER", LK), groupAction)).toEqual({
      view: true,
      edit: false,
      reassign: false,
      changeStatus: true,
      comment: true,
      delete: false,
    });
    expect(actionCapabilities(viewer("other-adviser", "ADVISER", LK), groupAction)).toMatchObject({ view: true, comment: false, changeStatus: false });
  });

  it("gives the head of another delegation of the group only read and comment", () => {
    expect(actionCapabilities(viewer("head-ph", "HEAD_OF_DELEGATION", PH), groupAction)).toEqual({
      view: true,
      edit: false,
      reassign: false,
      changeStatus: false,
      comment: true,
      delete: false,
    });
  });

  it("gives nothing on a deleted action, nor to the secretariat", () => {
    expect(actionCapabilities(viewer("creator", "DELEGATE", LK), { ...groupAction, deletedAt: new Date() }).view).toBe(false);
    expect(Object.values(actionCapabilities(viewer("sec", "SECRETARIAT", null), groupAction)).some(Boolean)).toBe(false);
  });
});
