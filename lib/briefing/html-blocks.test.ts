import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown/render";
import { blocksText, breakLongWords, htmlToBlocks, LONG_WORD, printableText } from "./html-blocks";

const fromMarkdown = (source: string) => htmlToBlocks(renderMarkdown(source));

describe("[briefing] stored HTML to PDF text runs", () => {
  it("keeps paragraphs, emphasis and strike-through as styled runs", () => {
    const blocks = fromMarkdown("Plain **bold** and *italic* and ~~gone~~ and `code`.\n\nSecond paragraph.");
    expect(blocks).toEqual([
      {
        kind: "text",
        indent: 0,
        quote: 0,
        runs: [
          { text: "Plain " },
          { text: "bold", bold: true },
          { text: " and " },
          { text: "italic", italic: true },
          { text: " and " },
          { text: "gone", strike: true },
          { text: " and " },
          { text: "code", code: true },
          { text: "." },
        ],
      },
      { kind: "text", indent: 0, quote: 0, runs: [{ text: "Second paragraph." }] },
    ]);
  });

  it("numbers ordered lists from their start, nests lists and quotes", () => {
    const blocks = fromMarkdown("3. three\n4. four\n   - nested\n\n> quoted *words*\n\n---");
    expect(blocks.map((b) => (b.kind === "text" ? [b.marker ?? "", b.indent, b.quote, b.runs.map((r) => r.text).join("")] : [b.kind]))).toEqual([
      ["3.", 1, 0, "three"],
      ["4.", 1, 0, "four"],
      ["•", 2, 0, "nested"],
      ["", 0, 1, "quoted words"],
      ["rule"],
    ]);
  });

  it("prints a link as its text and its address, and a page link or mention as text only", () => {
    const text = blocksText(htmlToBlocks(renderMarkdown("See [the convention](https://www.ilo.org/c189), <https://example.org/> and [Nimal](/people/abc).")));
    expect(text).toBe("See the convention (https://www.ilo.org/c189), https://example.org/ and Nimal.");
  });

  it("decodes entities once and keeps what looked like markup as text", () => {
    const text = blocksText(fromMarkdown('Fish &amp; chips, 1 < 2, <b>not bold</b> & "quotes" &#233;t&eacute;'));
    expect(text).toBe('Fish & chips, 1 < 2, <b>not bold</b> & "quotes" été');
  });

  it("keeps line breaks inside a code block and task-list boxes", () => {
    const blocks = fromMarkdown("```\nline one\n  line two\n```\n\n- [x] done\n- [ ] to do");
    expect(blocks[0]).toMatchObject({ kind: "text", pre: true, runs: [{ text: "line one\n  line two", code: true }] });
    expect(blocksText(blocks.slice(1))).toBe("• ☑ done\n• ☐ to do");
  });

  it("flattens table rows into lines of cells", () => {
    expect(blocksText(fromMarkdown("| a | b |\n|---|---|\n| 1 | 2 |"))).toBe("a | b\n1 | 2");
  });

  it("takes nothing from hostile HTML but its text, even when handed HTML that was never sanitised", () => {
    const hostile =
      '<script>alert(1)</script><style>p{}</style><p onclick="x()">Hello <a href="javascript:alert(1)">click</a>' +
      '<img src=x onerror=alert(1)><svg><script>bad()</script></svg><iframe srcdoc="<b>x</b>">inner</iframe> &#0; &#x110000; &#xD800;\u0007</p>';
    const text = blocksText(htmlToBlocks(hostile));
    expect(text).toBe("Hello click \ufffd \ufffd \ufffd");
    expect(text).not.toMatch(/alert|bad\(|javascript|onerror|<|>/);
  });

  it("survives unbalanced and truncated markup", () => {
    expect(blocksText(htmlToBlocks("<p><strong>open <em>never closed</p></li></ul></blockquote><a href='https://x.org'>x</a"))).toBe("open never closed\nx</a");
    expect(htmlToBlocks("")).toEqual([]);
    expect(htmlToBlocks("<!-- only a comment")).toEqual([]);
  });
});

describe("[briefing] long words", () => {
  it("gets invisible break opportunities, so text stays the same once they are removed", () => {
    const word = "x".repeat(LONG_WORD * 3 + 5);
    const broken = breakLongWords(`short ${word} end`);
    expect(broken.replace(/\u200b/g, "")).toBe(`short ${word} end`);
    expect(broken.split(/[\s\u200b]/).every((w) => w.length <= LONG_WORD)).toBe(true);
    expect(breakLongWords("a normal sentence")).toBe("a normal sentence");
  });

  it("applies inside converted HTML and to plain text, whose control characters are dropped", () => {
    const [block] = fromMarkdown("y".repeat(200));
    expect(block?.kind === "text" && block.runs[0]!.text.includes("\u200b")).toBe(true);
    expect(printableText("tab\tand\u0000nul\u0085")).toBe("tab\tandnul");
  });
});
