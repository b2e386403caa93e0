import { describe, expect, it } from "vitest";
import { splitFootnotes } from "./footnotes";
import { loadSeedContent } from "./content";

describe("[seed] footnotes", () => {
  it("rebuilds notes split across and sharing lines", () => {
    const notes = splitFootnotes(["1 First note that", "continues here. 2 Second note.", "3 Third, cites 2012 and 4 items."]);
    expect(notes).toEqual([
      { number: 1, text: "First note that continues here." },
      { number: 2, text: "Second note." },
      { number: 3, text: "Third, cites 2012 and 4 items." },
    ]);
  });

  it("finds all twelve notes of the shipped paper", () => {
    const notes = splitFootnotes(loadSeedContent().notes);
    expect(notes.map((n) => n.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(notes[9]?.text).toMatch(/^Italy, Mauritius, the Philippines and Uruguay/);
  });
});
