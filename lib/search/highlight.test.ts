import { describe, expect, it } from "vitest";
import { MARK_END, MARK_START, snippetHtml } from "./highlight";

const m = (word: string) => `${MARK_START}${word}${MARK_END}`;

describe("snippetHtml", () => {
  it("marks the matches", () => {
    expect(snippetHtml(`the ${m("recruitment")} fees`)).toBe("the <mark>recruitment</mark> fees");
  });

  it("escapes whatever the document says before marking", () => {
    expect(snippetHtml(`<script>alert(1)</script> ${m("fees")} <b>bold</b> &amp; "q" 'a'`)).toBe(
      "&lt;script&gt;alert(1)&lt;/script&gt; <mark>fees</mark> &lt;b&gt;bold&lt;/b&gt; &amp;amp; &quot;q&quot; &#39;a&#39;",
    );
    expect(snippetHtml(`${MARK_START}<img src=x onerror=alert(1)>${MARK_END}`)).toBe("<mark>&lt;img src=x onerror=alert(1)&gt;</mark>");
  });

  it("turns the stand-ins for angle brackets back into text, escaped", () => {
    expect(snippetHtml(`\uE002b\uE003${m("bold")}\uE002/b\uE003`)).toBe("&lt;b&gt;<mark>bold</mark>&lt;/b&gt;");
  });

  it("never leaves a mark open or closes one that was not opened", () => {
    expect(snippetHtml(`${MARK_END}a ${MARK_START}b`)).toBe("a <mark>b</mark>");
    expect(snippetHtml(`${MARK_START}${MARK_START}a${MARK_END}${MARK_END}`)).toBe("<mark>a</mark>");
  });
});
