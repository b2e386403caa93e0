// Drawing primitives of the pack's PDF over pdfkit: headings that never sit alone at
// the foot of a page, lines of styled runs, and the blocks of a stored note body
// (lib/briefing/html-blocks.ts) with list markers and quote bars. Every string drawn
// passes printableText (or comes from the converter, which applies the same rules):
// no control characters, and invisible break opportunities in over-long words,
// without which one 10,000-letter word costs the line breaker minutes.
import { printableText, type TBlock, type TRun } from "../html-blocks";

export const MARGINS = { top: 64, bottom: 64, left: 56, right: 56 } as const;

export const COLOURS = {
  ink: "#1b1f24",
  muted: "#4b5563",
  brand: "#1e2d78",
  danger: "#a4161a",
  code: "#0b5252",
  rule: "#9ca3af",
  noted: "#8a4b08",
} as const;

export const SIZES = { body: 10, small: 8.5, h1: 22, h2: 16, h3: 12 } as const;

type TFontName = "regular" | "bold" | "italic";
export type TLineRun = { text: string; font?: TFontName; colour?: string };
type TLineOptions = { size?: number; colour?: string; indent?: number; gap?: number; font?: TFontName; bar?: string };

const LIST_MARKER_WIDTH = 16;
const INDENT_STEP = 14;
/** Deeper lists and quotes than this are drawn at this depth: the text keeps its width. */
const MAX_NESTING = 6;

export class PdfWriter {
  constructor(readonly doc: PDFKit.PDFDocument) {}

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** The index of the page being written (0 is the cover). */
  get pageIndex(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count - 1;
  }

  /** A new page unless `height` points still fit on this one. */
  keepSpace(height: number) {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  space(lines = 0.5) {
    this.doc.moveDown(lines);
  }

  heading(text: string, size: number, destination?: string) {
    this.keepSpace(size * 5);
    if (this.doc.y > this.doc.page.margins.top + 1) this.space(0.4);
    this.doc
      .font("bold")
      .fontSize(size)
      .fillColor(COLOURS.ink)
      .text(printableText(text), this.left, this.doc.y, { width: this.width, ...(destination ? { destination } : {}) });
    this.space(0.35);
  }

  /** One paragraph of plain runs (labels, bylines, facts). */
  line(runs: TLineRun[] | string, { size = SIZES.body, colour = COLOURS.ink, indent = 0, gap = 0.25, font = "regular", bar }: TLineOptions = {}) {
    const list = typeof runs === "string" ? [{ text: runs }] : runs;
    const top = this.doc.y;
    const page = this.pageIndex;
    this.draw(
      list.map((r) => ({ text: printableText(r.text), font: r.font ?? font, colour: r.colour ?? colour })),
      this.left + indent,
      this.width - indent,
      size,
    );
    if (bar) this.bar(this.left + indent - 6, top, page, bar);
    this.space(gap);
  }

  /** A vertical bar beside what was just drawn, unless it ran onto the next page. */
  private bar(x: number, top: number, page: number, colour: string) {
    if (this.pageIndex !== page) return;
    this.doc.save().moveTo(x, top).lineTo(x, this.doc.y).lineWidth(2).strokeColor(colour).stroke().restore();
  }

  /** A stored note body, converted to blocks. */
  blocks(blocks: TBlock[], { indent = 0, size = SIZES.body }: { indent?: number; size?: number } = {}) {
    for (const block of blocks) {
      const left = this.left + indent + Math.min(block.indent + block.quote, MAX_NESTING) * INDENT_STEP;
      const width = this.left + this.width - left;
      if (block.kind === "rule") {
        this.keepSpace(12);
        const y = this.doc.y + 4;
        this.doc.save().moveTo(left, y).lineTo(left + width, y).lineWidth(0.5).strokeColor(COLOURS.rule).stroke().restore();
        this.doc.y = y + 6;
        continue;
      }
      this.keepSpace(size * 2);
      const top = this.doc.y;
      const page = this.pageIndex;
      const colour = block.quote ? COLOURS.muted : COLOURS.ink;
      const runs = block.runs.map((run) => ({ text: run.text, font: fontOf(run), colour: run.code ? COLOURS.code : colour, strike: run.strike }));
      if (block.marker) {
        this.doc.font("regular").fontSize(size).fillColor(colour).text(block.marker, left, top, { width: LIST_MARKER_WIDTH, lineBreak: false });
        this.doc.y = top;
        this.draw(runs, left + LIST_MARKER_WIDTH, width - LIST_MARKER_WIDTH, size);
      } else {
        this.draw(runs, left, width, size);
      }
      if (block.quote) this.bar(left - 7, top, page, COLOURS.rule);
      this.space(0.3);
    }
  }

  /** Runs drawn as one paragraph: pdfkit continues the line from run to run. */
  private draw(runs: (TLineRun & { strike?: boolean })[], x: number, width: number, size: number) {
    const drawn = runs.filter((r) => r.text !== "");
    drawn.forEach((run, i) => {
      this.doc
        .font(run.font ?? "regular")
        .fontSize(size)
        .fillColor(run.colour ?? COLOURS.ink);
      const options = { width, continued: i < drawn.length - 1, strike: Boolean(run.strike), lineGap: 1.5 };
      if (i === 0) this.doc.text(run.text, x, this.doc.y, options);
      else this.doc.text(run.text, options);
    });
  }
}

function fontOf(run: TRun): TFontName {
  if (run.bold) return "bold";
  return run.italic ? "italic" : "regular";
}
