import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { Markdown } from "./markdown";

const render = (source: string) => renderToStaticMarkup(createElement(Markdown, { source }));

describe("[markdown] user text renders safely", () => {
  it("shows raw HTML as text, never as elements", () => {
    const html = render('Hello <script>alert(1)</script> <img src=x onerror="alert(2)"> <b>bold</b>');
    expect(html).not.toMatch(/<script|<img|<b>|onerror="/i);
    expect(html).toContain("&lt;script&gt;");
  });

  it("drops javascript:, data: and vbscript: links and keeps http(s) with rel", () => {
    const html = render("[a](javascript:alert(1)) [b](data:text/html,hi) [c](VBScript:x) [d](https://ilo.org/x) [e](/meetings)");
    expect(html).not.toMatch(/javascript:|data:text|vbscript:/i);
    expect(html).toContain('href="https://ilo.org/x" rel="noopener noreferrer nofollow"');
    expect(html).toContain('href="/meetings"');
  });

  it("renders emphasis, lists and autolinks", () => {
    const html = render("**strong** and _em_\n\n- one\n- two\n\nSee https://www.ilo.org");
    expect(html).toContain("<strong>strong</strong>");
    expect(html).toContain("<li>one</li>");
    expect(html).toContain('href="https://www.ilo.org"');
  });
});
