import { describe, expect, it } from "vitest";
import { SEARCH_WORDS_MAX, searchWords } from "./query-text";

describe("searchWords", () => {
  it("keeps words of letters and digits, in any script and with accents", () => {
    expect(searchWords("Délégation  C189 trabajadores").words).toEqual(["Délégation", "C189", "trabajadores"]);
    expect(searchWords("移民 労働者").words).toEqual(["移民", "労働者"]);
  });

  it("turns tsquery and SQL syntax into separators, never operators", () => {
    expect(searchWords("fees & !wages | (visa):* <-> 'x' \"y\" \\z ; DROP--").words).toEqual(["fees", "wages", "visa", "x", "y", "z", "DROP"]);
    expect(searchWords("&|!:*()<>'\"\\;%_").words).toEqual([]);
    expect(searchWords("").words).toEqual([]);
  });

  it("takes the last word as a prefix only while it is being typed and long enough", () => {
    expect(searchWords("recruitment fe").prefixLast).toBe(false);
    expect(searchWords("recruitment fee").prefixLast).toBe(true);
    expect(searchWords("recruitment fee ").prefixLast).toBe(false);
    expect(searchWords("recruitment fee.").prefixLast).toBe(false);
  });

  it("drops repeated words (whatever their case) and caps the count and the length", () => {
    expect(searchWords("Visa visa VISA fees").words).toEqual(["Visa", "fees"]);
    const many = Array.from({ length: 20 }, (_, i) => `word${i}`).join(" ");
    expect(searchWords(many).words).toHaveLength(SEARCH_WORDS_MAX);
    expect(searchWords(many).prefixLast).toBe(false);
    expect(searchWords("x".repeat(500)).words[0]).toHaveLength(64);
  });

  it("normalises compatibility forms (full-width letters, ligatures)", () => {
    expect(searchWords("ＣＩＶＩＬ ﬁnance").words).toEqual(["CIVIL", "finance"]);
  });
});
