// Stored note HTML (lib/markdown/render.ts) turned into blocks of styled text runs
// for the PDF. The HTML was sanitised when it was written, but this converter does
// not rely on that: it understands a fixed handful of elements — paragraphs, line
// breaks, lists, block quotes, code, emphasis, links, task-list boxes, table rows —
// and of everything else keeps only the text (the content of script-like elements
// not even that). Nothing here is ever handed to a browser or an HTML parser: the
// output is plain strings drawn as text, and a link is printed as its text and its
// address, never as something a reader would run. Markdown is not parsed again.

export type TRun = { text: string; bold?: boolean; italic?: boolean; strike?: boolean; code?: boolean };

export type TBlock =
  /** A paragraph, list item, quoted paragraph or code block. */
  | { kind: "text"; runs: TRun[]; indent: number; quote: number; marker?: string; pre?: boolean }
  | { kind: "rule"; indent: number; quote: number };

/** Elements whose content is never text a person wrote: dropped whole. */
const SKIPPED = new Set(["script", "style", "template", "textarea", "title", "iframe", "object", "noscript", "svg", "math", "head"]);
const BLOCKS = new Set(["p", "div", "section", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tfoot"]);
const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([A-Za-z][A-Za-z0-9]*)((?:\s[^>]*)?)>|[^<]+|</g;
const ATTRIBUTE = /([A-Za-z_:][-\w:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
// Printed in a pack as the address itself; anything else keeps only its text.
const PRINTABLE_HREF = /^(https?:\/\/|mailto:)/i;

/** A word longer than this gets invisible break opportunities, so no line overflows
 *  and the layout never measures one enormous word again and again. */
export const LONG_WORD = 40;
const ZERO_WIDTH_SPACE = "\u200b";

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] !== "#") return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return isPrintableCodePoint(code) ? String.fromCodePoint(code) : "\ufffd";
  });
}

function isPrintableCodePoint(code: number): boolean {
  if (!Number.isFinite(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return false;
  return !isControl(code) || code === 0x0a || code === 0x09;
}

function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/** Control characters (other than tab and line break) never reach the PDF. */
function withoutControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");
}

/** Invisible break opportunities inside over-long words (URLs, hostile input). */
export function breakLongWords(text: string): string {
  return text.replace(new RegExp(`[^\\s\\u200b]{${LONG_WORD + 1},}`, "g"), (word) =>
    (word.match(new RegExp(`[\\s\\S]{1,${LONG_WORD}}`, "gu")) ?? [word]).join(ZERO_WIDTH_SPACE),
  );
}

/** Plain text (background paragraphs, stance notes) made safe to draw. */
export function printableText(text: string): string {
  return breakLongWords(withoutControls(text));
}

function attributesOf(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(ATTRIBUTE)) out[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? "");
  return out;
}

type TList = { ordered: boolean; next: number };
type TLink = { href: string | null; text: string };

class BlockWriter {
  blocks: TBlock[] = [];
  private runs: TRun[] = [];
  private marker: string | undefined;
  private style = { bold: 0, italic: 0, strike: 0, code: 0 };
  private lists: TList[] = [];
  private links: TLink[] = [];
  private quote = 0;
  private pre = 0;
  private cellsInRow = 0;

  text(raw: string) {
    let text = withoutControls(decodeEntities(raw));
    if (!this.pre) {
      text = text.replace(/[ \t\r\n\f]+/g, " ");
      if (this.runs.length === 0 || /[ \n]$/.test(this.runs[this.runs.length - 1]!.text)) text = text.replace(/^ /, "");
    }
    if (!text) return;
    for (const link of this.links) link.text += text;
    const { bold, italic, strike, code } = this.style;
    const run: TRun = { text };
    if (bold) run.bold = true;
    if (italic) run.italic = true;
    if (strike) run.strike = true;
    if (code || this.pre) run.code = true;
    this.runs.push(run);
  }

  /** Ends the block being written, if it holds any text. */
  flush() {
    const runs = mergeRuns(this.runs);
    this.runs = [];
    const last = runs[runs.length - 1];
    if (last) last.text = last.text.replace(this.pre ? /\n+$/ : /[ \n]+$/, "");
    if (runs.some((r) => r.text.trim() !== "")) {
      const block: TBlock = { kind: "text", runs: runs.map((r) => ({ ...r, text: breakLongWords(r.text) })), indent: this.lists.length, quote: this.quote };
      if (this.marker) block.marker = this.marker;
      if (this.pre) block.pre = true;
      this.blocks.push(block);
      this.marker = undefined;
    }
  }

  open(name: string, attributes: Record<string, string>) {
    if (BLOCKS.has(name)) return this.flush();
    switch (name) {
      case "br":
        return this.runs.push({ text: "\n" });
      case "hr":
        this.flush();
        return this.blocks.push({ kind: "rule", indent: this.lists.length, quote: this.quote });
      case "strong":
      case "b":
      case "th":
        if (name === "th") this.cell();
        this.style.bold++;
        return;
      case "td":
        return this.cell();
      case "tr":
        this.flush();
        this.cellsInRow = 0;
        return;
      case "em":
      case "i":
        this.style.italic++;
        return;
      case "del":
      case "s":
        this.style.strike++;
        return;
      case "code":
        this.style.code++;
        return;
      case "pre":
        this.flush();
        this.pre++;
        return;
      case "blockquote":
        this.flush();
        this.quote++;
        return;
      case "ul":
      case "ol": {
        this.flush();
        const start = Number.parseInt(attributes.start ?? "1", 10);
        this.lists.push({ ordered: name === "ol", next: Number.isSafeInteger(start) ? start : 1 });
        return;
      }
      case "li": {
        this.flush();
        const list = this.lists[this.lists.length - 1];
        this.marker = list?.ordered ? `${list.next++}.` : "•";
        return;
      }
      case "a": {
        const href = (attributes.href ?? "").trim();
        return this.links.push({ href: PRINTABLE_HREF.test(href) ? href : null, text: "" });
      }
      case "input":
        if ((attributes.type ?? "").toLowerCase() === "checkbox") this.text("checked" in attributes ? "☑ " : "☐ ");
        return;
      case "sup":
        return this.text("[");
    }
  }

  close(name: string) {
    if (BLOCKS.has(name)) return this.flush();
    switch (name) {
      case "strong":
      case "b":
      case "th":
        this.style.bold = Math.max(0, this.style.bold - 1);
        return;
      case "em":
      case "i":
        this.style.italic = Math.max(0, this.style.italic - 1);
        return;
      case "del":
      case "s":
        this.style.strike = Math.max(0, this.style.strike - 1);
        return;
      case "code":
        this.style.code = Math.max(0, this.style.code - 1);
        return;
      case "pre":
        this.flush();
        this.pre = Math.max(0, this.pre - 1);
        return;
      case "blockquote":
        this.flush();
        this.quote = Math.max(0, this.quote - 1);
        return;
      case "ul":
      case "ol":
        this.flush();
        this.lists.pop();
        return;
      case "li":
      case "tr":
        return this.flush();
      case "a": {
        const link = this.links.pop();
        // The address is printed after the text, unless the text already says it.
        if (link?.href && link.text.trim() !== link.href && `mailto:${link.text.trim()}` !== link.href) this.text(` (${link.href})`);
        return;
      }
      case "sup":
        return this.text("]");
    }
  }

  private cell() {
    if (this.cellsInRow++ > 0) this.text(" | ");
  }
}

/** Neighbouring runs of the same style, as one run (fewer font switches to draw). */
function mergeRuns(runs: TRun[]): TRun[] {
  const out: TRun[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && last.bold === run.bold && last.italic === run.italic && last.strike === run.strike && last.code === run.code) last.text += run.text;
    else out.push({ ...run });
  }
  return out;
}

/** The blocks of a stored HTML body, in reading order. */
export function htmlToBlocks(html: string): TBlock[] {
  const writer = new BlockWriter();
  let skipping: string | null = null;
  for (const m of html.matchAll(TOKEN)) {
    const [token, slash, rawName, rawAttributes] = m;
    if (token.startsWith("<!--")) continue;
    const name = rawName?.toLowerCase();
    if (skipping) {
      if (name === skipping && slash) skipping = null;
      continue;
    }
    if (!name) {
      writer.text(token);
    } else if (SKIPPED.has(name)) {
      if (!slash && !token.endsWith("/>")) skipping = name;
    } else if (slash) {
      writer.close(name);
    } else {
      writer.open(name, attributesOf(rawAttributes ?? ""));
    }
  }
  writer.flush();
  return writer.blocks;
}

/** The text of blocks as one string (tests, and searching a rendered pack). */
export function blocksText(blocks: TBlock[]): string {
  return blocks.map((b) => (b.kind === "rule" ? "---" : `${b.marker ? `${b.marker} ` : ""}${b.runs.map((r) => r.text).join("")}`)).join("\n");
}
