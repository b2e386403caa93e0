import { describe, expect, it } from "vitest";
import { segmentText } from "./segments";
import { linkMentions, mentionedNames } from "./mentions";
import { MAX_TAG_LENGTH, parseTags } from "./tags";

describe("[annotations] highlight segments", () => {
  it("splits overlapping highlights into runs that list every covering note", () => {
    const text = "abcdefghij";
    const segments = segmentText(text, [
      { id: "a", start: 2, end: 6 },
      { id: "b", start: 4, end: 8 },
    ]);
    expect(segments.map((s) => [s.text, s.noteIds.sort().join("+")])).toEqual([
      ["ab", ""],
      ["cd", "a"],
      ["ef", "a+b"],
      ["gh", "b"],
      ["ij", ""],
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });

  it("ignores empty and out-of-range highlights and keeps the text whole", () => {
    const segments = segmentText("hello", [
      { id: "x", start: 3, end: 3 },
      { id: "y", start: 4, end: 40 },
    ]);
    expect(segments.map((s) => [s.text, s.noteIds])).toEqual([
      ["hell", []],
      ["o", ["y"]],
    ]);
  });

  it("handles thousands of highlights on one paragraph", () => {
    const text = "x".repeat(5000);
    const ranges = Array.from({ length: 2000 }, (_, i) => ({ id: `n${i}`, start: i, end: i + 100 }));
    const segments = segmentText(text, ranges);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(Math.max(...segments.map((s) => s.noteIds.length))).toBe(100);
  });
});

describe("[annotations] mentions", () => {
  it("finds distinct @[Full name] mentions, ignoring case and spacing", () => {
    expect(mentionedNames("Ask @[Maria Santos] and @[maria  santos], cc @[Ruwan de Silva]. Not @Maria or @[ ]")).toEqual([
      "Maria Santos",
      "Ruwan de Silva",
    ]);
  });

  it("links only the mentions the resolver accepts, with a safe label", () => {
    const out = linkMentions("Hi @[Maria Santos] and @[Mallory]", (name) =>
      name === "Maria Santos" ? { href: "/people/u-ph" } : null,
    );
    expect(out).toBe("Hi [@Maria Santos](/people/u-ph) and @[Mallory]");
    expect(linkMentions("@[A_b]", () => ({ href: "mailto:x(y)@z" }))).toBe("[@A\\_b](mailto:x%28y%29@z)");
  });
});

describe("[annotations] tags", () => {
  it("splits on commas and lines, trims, and drops duplicates regardless of case", () => {
    expect(parseTags(" C189 , fair recruitment,\nc189, ,Fair  Recruitment, R202 ")).toEqual(["C189", "fair recruitment", "R202"]);
  });

  it("keeps long tags for the validator to refuse rather than cutting them silently", () => {
    expect(parseTags("x".repeat(MAX_TAG_LENGTH + 1))[0]).toHaveLength(MAX_TAG_LENGTH + 1);
  });
});
