import { describe, expect, it } from "vitest";
import { loadSeedContent } from "@/lib/seed/content";
import { splitFootnotes } from "@/lib/seed/footnotes";
import { citedNotes, footnoteMarkers, splitAtMarkers, withoutMarkers } from "./footnote-markers";

const content = loadSeedContent();
const notes = new Set(splitFootnotes(content.notes).map((n) => n.number));
const texts = content.meetings.flatMap((m) => [...m.overview, ...m.themes.flatMap((t) => t.background)]);
// A digit glued to a word or closing punctuation, before a space or the end: what a
// stray footnote marker looks like in the text.
const GLUED_DIGITS = /[\p{L}.,;:)”’"]\d+(?=\s|$)/u;

describe("[themes] footnote markers", () => {
  it("finds every marker of the shipped paper, each naming a note, in order", () => {
    const found = texts.flatMap((text) => footnoteMarkers(text, notes).map((m) => m.number));
    expect(found).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
    for (const n of found) expect(notes.has(n)).toBe(true);
  });

  it("leaves no stray digits glued to words once the markers are links, and takes no year or Convention number", () => {
    for (const text of texts) {
      const clean = withoutMarkers(text, footnoteMarkers(text, notes));
      expect(clean, text.slice(0, 60)).not.toMatch(GLUED_DIGITS);
      for (const kept of ["1949", "No. 189", "(No. 181)", "11-15 February 2013", "2012"]) {
        if (text.includes(kept)) expect(clean).toContain(kept);
      }
    }
  });

  it("reads markers after letters and punctuation, and ignores numbers that are not notes", () => {
    const text = "rights at work7 as affirmed by the Conference.8 The Recommendation (No. 202),6 is key; C189 and 1949 stay, so does work99 here.";
    expect(footnoteMarkers(text, new Set([6, 7, 8])).map((m) => m.number)).toEqual([7, 8, 6]);
    expect(withoutMarkers(text, footnoteMarkers(text, new Set([6, 7, 8])))).toBe("rights at work as affirmed by the Conference. The Recommendation (No. 202), is key; C189 and 1949 stay, so does work99 here.");
  });

  it("splits a run of text into plain pieces and whole markers, from any offset", () => {
    const text = "at work7 as affirmed";
    const markers = footnoteMarkers(text);
    expect(splitAtMarkers(text, 0, markers)).toEqual([{ text: "at work" }, { text: "7", marker: 7 }, { text: " as affirmed" }]);
    expect(splitAtMarkers("k7 as", 6, markers)).toEqual([{ text: "k" }, { text: "7", marker: 7 }, { text: " as" }]);
    expect(splitAtMarkers("as affirmed", 9, markers)).toEqual([{ text: "as affirmed" }]);
    // A run ending inside a two-digit marker leaves its digit plain.
    expect(splitAtMarkers("tions1", 0, footnoteMarkers("tions10 which"))).toEqual([{ text: "tions1" }]);
  });

  it("lists the notes texts cite, in the notes' order", () => {
    const rt2 = content.meetings[0]!.themes[1]!.background;
    expect(citedNotes(rt2, splitFootnotes(content.notes)).map((n) => n.number)).toEqual([7, 8, 9, 10, 11]);
    expect(citedNotes(["no markers here"], [{ number: 1 }])).toEqual([]);
  });
});
