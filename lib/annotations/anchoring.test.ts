import { describe, expect, it } from "vitest";
import {
  MAX_QUOTE_LENGTH,
  compareTextOrder,
  locateAnchor,
  matchQuote,
  paragraphSelector,
  selectorFor,
  type TParagraphText,
  type TStoredAnchor,
} from "./anchoring";

const P1 = "Migrant domestic workers are often excluded from labour law. The Domestic Workers Convention, 2011 (No. 189) changes that.";
const P2 = "Recruitment fees charged to workers remain a major source of abuse. Fair recruitment is essential.";
const P3 = "Social protection floors (R202) should cover migrant workers and their families.";

const paragraphs = (...texts: string[]): TParagraphText[] => texts.map((text, i) => ({ id: `p${i + 1}`, position: i + 1, text }));

function anchorOn(paragraphId: string, text: string, exact: string, occurrence = 0): TStoredAnchor {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(exact, start + 1);
  if (start < 0) throw new Error(`"${exact}" not in text`);
  const s = selectorFor(text, start, start + exact.length);
  return { paragraphId, exact: s.exact, prefix: s.prefix, suffix: s.suffix, start: s.start, end: s.end };
}

describe("[annotations] selectors", () => {
  it("records the exact passage, up to 32 characters of context and its offsets", () => {
    const start = P1.indexOf("The Domestic");
    const s = selectorFor(P1, start, start + 34);
    expect(s.exact).toBe("The Domestic Workers Convention, 2");
    expect(s.prefix).toBe(P1.slice(start - 32, start));
    expect(s.prefix).toHaveLength(32);
    expect(s.suffix).toBe(P1.slice(start + 34, start + 66));
    expect([s.start, s.end]).toEqual([start, start + 34]);
  });

  it("clamps offsets outside the text", () => {
    const s = selectorFor("short", -5, 99);
    expect(s).toMatchObject({ exact: "short", prefix: "", suffix: "", start: 0, end: 5 });
  });

  it("quotes a whole paragraph, or its opening words up to the quote limit", () => {
    expect(paragraphSelector(P2)).toMatchObject({ exact: P2, start: 0, end: P2.length });
    const long = "word ".repeat(700).trim();
    const s = paragraphSelector(long);
    expect(s.exact.length).toBeLessThanOrEqual(MAX_QUOTE_LENGTH);
    expect(s.exact.endsWith("word")).toBe(true);
    expect(s.start).toBe(0);
  });
});

describe("[annotations] re-anchoring when the background text changes", () => {
  const original = paragraphs(P1, P2, P3);
  const anchor = anchorOn("p1", P1, "Domestic Workers Convention");

  it("keeps the stored position while the text is unchanged", () => {
    expect(locateAnchor(original, anchor)).toEqual({
      status: "anchored",
      paragraphId: "p1",
      paragraphPosition: 1,
      start: anchor.start,
      end: anchor.end,
      moved: false,
    });
  });

  it("follows a passage moved within its paragraph (text inserted before it)", () => {
    const edited = paragraphs(`In many countries, ${P1}`, P2, P3);
    const located = locateAnchor(edited, anchor);
    expect(located).toMatchObject({ status: "anchored", paragraphId: "p1", moved: true });
    if (located.status !== "anchored") throw new Error("expected an anchor");
    expect(edited[0]!.text.slice(located.start, located.end)).toBe("Domestic Workers Convention");
    expect(located.start).toBe(anchor.start! + "In many countries, ".length);
  });

  it("follows a passage moved to another paragraph", () => {
    const moved = paragraphs("Migrant domestic workers are often excluded from labour law.", P2, `${P3} The Domestic Workers Convention, 2011 (No. 189) changes that.`);
    const located = locateAnchor(moved, anchor);
    expect(located).toMatchObject({ status: "anchored", paragraphId: "p3", paragraphPosition: 3, moved: true });
  });

  it("finds the passage when its paragraph was deleted (paragraph id cleared)", () => {
    const withoutP1: TParagraphText[] = [
      { id: "p2", position: 1, text: P2 },
      { id: "p9", position: 2, text: `New text. ${P1}` },
    ];
    const located = locateAnchor(withoutP1, { ...anchor, paragraphId: null });
    expect(located).toMatchObject({ status: "anchored", paragraphId: "p9", paragraphPosition: 2 });
  });

  it("survives edits around the passage (context changed, quote intact)", () => {
    const edited = paragraphs(P1.replace("often excluded from labour law", "still left outside labour law"), P2, P3);
    const located = locateAnchor(edited, anchor);
    expect(located.status).toBe("anchored");
  });

  it("survives a change of spacing or line breaks inside the passage", () => {
    const edited = paragraphs(P1.replace("Domestic Workers Convention", "Domestic  Workers\nConvention"), P2, P3);
    const located = locateAnchor(edited, anchor);
    if (located.status !== "anchored") throw new Error("expected an anchor");
    expect(edited[0]!.text.slice(located.start, located.end)).toBe("Domestic  Workers\nConvention");
  });

  it("orphans a note whose passage was edited (words of the quote changed)", () => {
    const edited = paragraphs(P1.replace("Domestic Workers Convention", "Convention concerning domestic work"), P2, P3);
    expect(locateAnchor(edited, anchor)).toEqual({ status: "orphaned" });
  });

  it("orphans a note whose passage was deleted", () => {
    const edited = paragraphs("Migrant domestic workers are often excluded from labour law.", P2, P3);
    expect(locateAnchor(edited, anchor)).toEqual({ status: "orphaned" });
    expect(locateAnchor(edited.slice(1), { ...anchor, paragraphId: null })).toEqual({ status: "orphaned" });
  });

  it("picks the right one of repeated passages by its context", () => {
    const text = "workers and their families; for workers in transit, workers and their families abroad.";
    const second = anchorOn("p1", text, "workers and their families", 1);
    const edited = paragraphs(`Preamble. ${text}`);
    const located = locateAnchor(edited, second);
    if (located.status !== "anchored") throw new Error("expected an anchor");
    expect(located.start).toBe(second.start! + "Preamble. ".length);
    expect(edited[0]!.text.slice(located.end, located.end + 8)).toBe(" abroad.");
  });

  it("treats a note without paragraph or quote as a note on the whole theme", () => {
    const theme = { paragraphId: null, exact: null, prefix: null, suffix: null, start: null, end: null };
    expect(locateAnchor(original, theme)).toEqual({ status: "theme" });
  });

  it("orders theme notes first, then text order, then orphans", () => {
    const list = [
      { status: "orphaned" as const },
      { status: "anchored" as const, paragraphId: "p2", paragraphPosition: 2, start: 5, end: 9, moved: false },
      { status: "theme" as const },
      { status: "anchored" as const, paragraphId: "p1", paragraphPosition: 1, start: 40, end: 50, moved: false },
      { status: "anchored" as const, paragraphId: "p1", paragraphPosition: 1, start: 3, end: 9, moved: false },
    ];
    const sorted = [...list].sort(compareTextOrder).map((l) => (l.status === "anchored" ? `${l.paragraphPosition}:${l.start}` : l.status));
    expect(sorted).toEqual(["theme", "1:3", "1:40", "2:5", "orphaned"]);
  });
});

describe("[annotations] a quote narrowed by keyboard", () => {
  it("finds the words kept, trimmed, at the same offsets a mouse selection gives", () => {
    const start = P1.indexOf("Domestic Workers Convention");
    expect(matchQuote(P1, "  Domestic Workers Convention ")).toEqual({ start, end: start + "Domestic Workers Convention".length });
  });

  it("takes the occurrence nearest to where the passage was", () => {
    const text = "workers and workers and workers";
    expect(matchQuote(text, "workers", 0)).toEqual({ start: 0, end: 7 });
    expect(matchQuote(text, "workers", 20)).toEqual({ start: 24, end: 31 });
  });

  it("tolerates different spacing, and refuses words not in the paragraph or nothing at all", () => {
    const start = P2.indexOf("major source");
    expect(matchQuote(P2, "major\n  source")).toEqual({ start, end: start + "major source".length });
    expect(matchQuote(P2, "minor source")).toBeNull();
    expect(matchQuote(P2, "   ")).toBeNull();
  });
});
