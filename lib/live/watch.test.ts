import { describe, expect, it } from "vitest";
import { summarizeLiveEvents, watchMatches } from "./watch";
import type { TLiveClientEvent } from "./event";

const event = (kind: TLiveClientEvent["kind"], extra: Partial<TLiveClientEvent> = {}): TLiveClientEvent => ({
  id: "1",
  kind,
  subjectId: "s1",
  themeId: "t1",
  parentId: null,
  mine: false,
  ...extra,
});

describe("[live] watches", () => {
  it("a theme page hears of its own theme only", () => {
    expect(watchMatches({ themeId: "t1" }, event("note.created"))).toBe(true);
    expect(watchMatches({ themeId: "t1" }, event("action.updated"))).toBe(true);
    expect(watchMatches({ themeId: "t1" }, event("note.created", { themeId: "t2" }))).toBe(false);
    expect(watchMatches({ themeId: "t1" }, event("notification.created", { themeId: null }))).toBe(false);
  });

  it("a note's page hears of the note and the replies in its thread", () => {
    const watch = { kinds: ["note", "reply"], subjectId: "n1" };
    expect(watchMatches(watch, event("note.updated", { subjectId: "n1" }))).toBe(true);
    expect(watchMatches(watch, event("reply.created", { subjectId: "r9", parentId: "n1" }))).toBe(true);
    expect(watchMatches(watch, event("reply.created", { subjectId: "r9", parentId: "n2" }))).toBe(false);
    expect(watchMatches(watch, event("note.updated", { subjectId: "n2" }))).toBe(false);
  });

  it("kind prefixes match whole words, not parts of them", () => {
    expect(watchMatches({ kinds: ["action"] }, event("action.commented"))).toBe(true);
    expect(watchMatches({ kinds: ["position.saved"] }, event("position.saved"))).toBe(true);
    expect(watchMatches({ kinds: ["position.saved"] }, event("position.status"))).toBe(false);
    expect(watchMatches({ kinds: ["note"] }, event("notification.created"))).toBe(false);
  });
});

describe("[live] what is announced", () => {
  it("counts new notes, replies and notifications, and the rest as changes", () => {
    expect(
      summarizeLiveEvents([event("note.created"), event("note.created"), event("reply.created"), event("action.updated"), event("notification.created"), event("notification.read")]),
    ).toEqual({ newNotes: 2, newReplies: 1, newNotifications: 1, editors: 0, otherChanges: 1 });
  });

  it("never announces the viewer's own changes to them", () => {
    expect(summarizeLiveEvents([event("note.created", { mine: true }), event("reply.created"), event("position.saved", { mine: true }), event("position.presence", { mine: true })])).toEqual({
      newNotes: 0,
      newReplies: 1,
      newNotifications: 0,
      editors: 0,
      otherChanges: 0,
    });
    expect(summarizeLiveEvents([event("position.presence")]).editors).toBe(1);
  });
});
