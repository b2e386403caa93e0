import { describe, expect, it } from "vitest";
import { z } from "zod";
import { CONTROL_CHARACTERS_MESSAGE, hasControlCharacters, pathHasControlCharacters, zLineText, zMultilineText } from "./text";

const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe("[validation] control characters in user text", () => {
  const controls = ["\u0000", "\u0001", "\u0007", "\u0008", "\u000b", "\u000c", "\u001b", "\u001f", "\u007f", "\u0085", "\u009f"];

  it.each(controls.map((c) => [JSON.stringify(c), c]))("refuses %s in one-line and multi-line text", (_name, c) => {
    expect(hasControlCharacters(`a${c}b`)).toBe(true);
    expect(hasControlCharacters(`a${c}b`, { multiline: true })).toBe(true);
    expect(firstMessage(zLineText().safeParse(`name${c}`))).toBe(CONTROL_CHARACTERS_MESSAGE);
    expect(firstMessage(zMultilineText().safeParse(`${c}body`))).toBe(CONTROL_CHARACTERS_MESSAGE);
  });

  it("keeps tab, line feed and carriage return where text spans lines, and refuses them in one line", () => {
    expect(zMultilineText().parse("one\r\n\ttwo\nthree")).toBe("one\r\n\ttwo\nthree");
    for (const c of ["\t", "\n", "\r"]) expect(firstMessage(zLineText().safeParse(`a${c}b`))).toBe(CONTROL_CHARACTERS_MESSAGE);
  });

  it("accepts every printable script, emoji and the other invisible-but-legitimate characters", () => {
    for (const text of ["Sri Lanka — délégation", "Ñandú", "日本語", "عربى", "👩🏽‍💼", "a\u00a0b", "zero\u200bwidth", "ÿ"]) {
      expect(zLineText().parse(text)).toBe(text);
      expect(hasControlCharacters(text, { multiline: true })).toBe(false);
    }
  });

  it("reports the control character before the other rules, and chains with them", () => {
    const ZName = zLineText().trim().min(1, "required").max(5, "tooLong");
    expect(firstMessage(ZName.safeParse("\u0000"))).toBe(CONTROL_CHARACTERS_MESSAGE);
    expect(firstMessage(ZName.safeParse("   "))).toBe("required");
    expect(firstMessage(ZName.safeParse("toolong"))).toBe("tooLong");
    expect(ZName.parse("  ok  ")).toBe("ok");
    expect(z.object({ name: ZName }).safeParse({ name: "a\u0000" }).error?.issues[0]?.path).toEqual(["name"]);
  });
});

describe("[validation] control characters in a URL path", () => {
  it("finds them encoded or raw, and only them", () => {
    for (const path of ["/meetings/a%00b", "/actions/%1B", "/x/%7f", "/x/%C2%85", "/x/%0a", "/a\u0000b"]) expect(pathHasControlCharacters(path), path).toBe(true);
    for (const path of ["/meetings/hld-2013/themes/T1", "/x/%20y", "/x/%C3%A9", "/x/%2F", "/x/%C2%A0"]) expect(pathHasControlCharacters(path), path).toBe(false);
  });
});
