import { describe, expect, it } from "vitest";
import { XSS_PAYLOADS } from "@/e2e/annotations/xss-payloads";
import { problemsIn } from "@/test/support/html-safety";
import { renderNoteText } from "./note-text";
import { renderMarkdown } from "./render";

// The hostile-payload battery against the stored form: what renderMarkdown returns is
// exactly what the database keeps and pages print (test/integration/markdown-stored
// checks the same through the real services). problemsIn does not trust the
// sanitiser's parser; see test/support/html-safety.ts.

const EXTRA_PAYLOADS = [
  "[a](JAVASCRIPT:alert(1)) [b](jaVasCript:alert(1)) [c]( javascript:alert(1) ) [d](\u0001javascript:alert(1))",
  "[a](javascript%3Aalert(1)) [b](&#x6A;avascript:alert(1)) [c](&#0000106avascript:alert(1)) [d](java&#x0A;script:alert(1))",
  "[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [b](DATA:text/html,x) [c](vbscript:msgbox(1)) [d](VbScRiPt:x)",
  "[a](//evil.example/x) [b](\\\\evil.example) [c](file:///etc/passwd) [d](ftp://x) [e](irc://x) [f](xmpp:x)",
  "<https://ilo.org> <javascript:alert(1)> <mailto:a@b.c> www.ilo.org/x?a=1&b=2 https://ilo.org/\"onmouseover=alert(1)",
  "[![x](javascript:alert(1))](javascript:alert(2)) [![y](https://evil.example/beacon.png)](https://ilo.org)",
  "[x][r]\n\n[r]: javascript:alert(1) \"t\"\n\n[y][s]\n\n[s]: <data:text/html,x>",
  "*[x](javascript:alert(1))* **[y](javascript:alert(1))** `[z](javascript:alert(1))` ~~[w](javascript:alert(1))~~",
  "> <script>alert(1)</script>\n>\n> - [x](javascript:alert(1))\n> - <img src=x onerror=alert(1)>",
  "| a | b |\n|---|---|\n| <script>alert(1)</script> | [x](javascript:alert(1)) |",
  "- [ ] <input onfocus=alert(1) autofocus>\n- [x] done",
  "x[^1]\n\n[^1]: [y](javascript:alert(1)) <svg onload=alert(1)>",
  "<!-- <script>alert(1)</script> --> <![CDATA[<script>alert(1)</script>]]> <?php echo 1 ?>",
  "<style>body{background:url(javascript:alert(1))}</style> <noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
  "[a](https://ilo.org \"title\\\" onmouseover=\\\"alert(1)\") [b](<https://ilo.org\" onclick=\"alert(1)>)",
  "&lt;script&gt;alert(1)&lt;/script&gt; &#60;img src=x onerror=alert(1)&#62;",
];

describe("[markdown] the stored form of hostile text runs nothing", () => {
  it.each([...XSS_PAYLOADS, ...EXTRA_PAYLOADS].map((p) => [p.slice(0, 70), p]))("%s", (_label, payload) => {
    const html = renderMarkdown(payload);
    expect(problemsIn(html)).toEqual([]);
    expect(html).not.toMatch(/<(script|img|iframe|svg|math|object|embed|style|form|base|meta|link|body|video|audio|details|marquee)\b/i);
  });

  it("the checker itself finds what it must", () => {
    expect(problemsIn('<a href="java&#x09;script:x">a</a>')).toEqual(["href javascript:x"]);
    expect(problemsIn('<p onclick="x">a</p>')).toEqual(["attribute onclick on <p>"]);
    expect(problemsIn("<img src=x>")).toContain("stray markup: <img src=x>");
    expect(problemsIn('<svg></svg>')).toContain("tag <svg>");
  });

  it("shows raw HTML as text, never as elements", () => {
    const html = renderMarkdown('Hello <script>alert(1)</script> <img src=x onerror="alert(2)"> <b>bold</b>');
    expect(html).toBe('<p>Hello &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror="alert(2)"&gt; &lt;b&gt;bold&lt;/b&gt;</p>');
  });

  it("turns unsafe links into plain text and keeps http(s), mailto, same-site paths and fragments, with rel and classes", () => {
    const html = renderMarkdown("[a](javascript:alert(1)) [b](data:text/html,hi) [c](VBScript:x) [d](https://ilo.org/x) [e](/meetings) [f](#top) [g](mailto:a@ilo.org) [h](//evil.example)");
    expect(html).toBe(
      "<p><span>a</span> <span>b</span> <span>c</span> " +
        '<a href="https://ilo.org/x" rel="noopener noreferrer nofollow" class="text-brand underline underline-offset-2">d</a> ' +
        '<a href="/meetings" rel="noopener noreferrer nofollow" class="text-brand underline underline-offset-2">e</a> ' +
        '<a href="#top" rel="noopener noreferrer nofollow" class="text-brand underline underline-offset-2">f</a> ' +
        '<a href="mailto:a@ilo.org" rel="noopener noreferrer nofollow" class="text-brand underline underline-offset-2">g</a> ' +
        "<span>h</span></p>",
    );
  });

  it("replaces images by their alt text, so no image can beacon a reader's address", () => {
    expect(renderMarkdown('![a chart](https://evil.example/p.png) ![x" onerror="alert(1)](x)')).toBe('<p><span>a chart</span> <span>x" onerror="alert(1)</span></p>');
  });

  it("keeps @mention labels inert and links only to our own people pages", () => {
    const note = { scope: "ALL" as const, delegationId: "d1", group: "GOVERNMENT" as const };
    const people = new Map([["<img src=x onerror=alert(1)>", [{ id: "u1", name: "<img src=x onerror=alert(1)>", delegation: null }]]]);
    const html = renderNoteText("@[<img src=x onerror=alert(1)>] and @[Nobody]", note, people);
    expect(problemsIn(html)).toEqual([]);
    expect(html).toBe(
      '<p><a href="/people/u1" rel="noopener noreferrer nofollow" class="text-brand underline underline-offset-2">@&lt;img src=x onerror=alert(1)&gt;</a> and @[Nobody]</p>',
    );
  });
});

describe("[markdown] rendering rules", () => {
  it("renders emphasis, lists with their classes, autolinks and headings as bold paragraphs", () => {
    const html = renderMarkdown("# Title\n\n**strong** and _em_ ~~gone~~\n\n- one\n- two\n\n1. first\n\nSee https://www.ilo.org and www.ilo.org");
    expect(html).toContain('<p class="font-semibold">Title</p>');
    expect(html).toContain("<strong>strong</strong> and <em>em</em> <del>gone</del>");
    expect(html).toContain('<ul class="ml-5 list-disc">\n<li>one</li>');
    expect(html).toContain('<ol class="ml-5 list-decimal">\n<li>first</li>');
    expect(html).toContain('<a href="https://www.ilo.org" rel="noopener noreferrer nofollow" class="text-brand underline underline-offset-2">https://www.ilo.org</a>');
    expect(html).toContain('href="http://www.ilo.org"');
    expect(html).not.toMatch(/<h\d/);
  });

  it("renders GFM tables and read-only task lists", () => {
    expect(renderMarkdown("| a | b |\n|:-:|---|\n| 1 | 2 |")).toContain('<td align="center">1</td>');
    expect(renderMarkdown("- [x] done\n- [ ] open")).toBe(
      '<ul class="ml-5 list-disc">\n<li><input type="checkbox" disabled checked /> done</li>\n<li><input type="checkbox" disabled /> open</li>\n</ul>',
    );
  });

  it("renders an empty or blank source as nothing", () => {
    expect(renderMarkdown("")).toBe("");
    expect(renderMarkdown("  \n ")).toBe("");
  });
});
