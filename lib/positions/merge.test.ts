import { describe, expect, it } from "vitest";
import { mergeThreeWay } from "./merge";

const BASE = "Governments support fair recruitment. They call for ratification of C97 and C143. Social protection must be portable.";

describe("[positions] three-way merge", () => {
  it("combines edits to different sentences", () => {
    const mine = BASE.replace("fair recruitment", "fair and ethical recruitment");
    const theirs = BASE.replace("must be portable", "must be portable across borders");
    expect(mergeThreeWay(BASE, mine, theirs)).toEqual({
      clean: true,
      text: "Governments support fair and ethical recruitment. They call for ratification of C97 and C143. Social protection must be portable across borders.",
    });
  });

  it("takes the only side that changed, and accepts identical edits", () => {
    const edited = BASE.replace("C97", "C189");
    expect(mergeThreeWay(BASE, BASE, edited)).toEqual({ clean: true, text: edited });
    expect(mergeThreeWay(BASE, edited, BASE)).toEqual({ clean: true, text: edited });
    expect(mergeThreeWay(BASE, edited, edited)).toEqual({ clean: true, text: edited });
  });

  it("refuses to guess when both changed the same words", () => {
    expect(mergeThreeWay(BASE, BASE.replace("C97", "C189"), BASE.replace("C97", "C181")).clean).toBe(false);
  });

  it("refuses to guess when both inserted at the same place, or edited neighbouring words", () => {
    expect(mergeThreeWay("a b", "a x b", "a y b").clean).toBe(false);
    expect(mergeThreeWay("one two three", "one TWO three", "one two THREE").clean).toBe(false);
  });

  it("merges an edit on one side with an append on the other", () => {
    expect(mergeThreeWay("First. Second.", "First! Second.", "First. Second. Third.")).toEqual({ clean: true, text: "First! Second. Third." });
  });
});
