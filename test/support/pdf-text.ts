// Reads a generated PDF the way a standard reader does (Mozilla's PDF.js): its pages'
// text, its outline (bookmarks), its metadata and the fonts it embeds. For the
// briefing pack's tests: what a person can select and search in the file is what
// they were given.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export type TPdfReading = {
  pages: string[];
  /** Every page's text, then without any whitespace (a line break may fall anywhere). */
  text: string;
  compact: string;
  outline: string[];
  info: Record<string, unknown>;
  language: string | null;
  pageSize: { width: number; height: number };
};

/** The text a search would match, whitespace and invisible break opportunities removed. */
export const compactText = (text: string) => text.replace(/[\s\u200b]+/g, "");

export async function readPdf(bytes: Uint8Array): Promise<TPdfReading> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    let pageSize = { width: 0, height: 0 };
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      if (n === 1) {
        const [x0, y0, x1, y1] = page.view;
        pageSize = { width: Math.round(x1! - x0!), height: Math.round(y1! - y0!) };
      }
      const content = await page.getTextContent();
      pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""));
    }
    const outline = ((await pdf.getOutline()) ?? []).map((item) => item.title);
    const { info } = await pdf.getMetadata();
    const text = pages.join("\n");
    return {
      pages,
      text,
      compact: compactText(text),
      outline,
      info: info as Record<string, unknown>,
      language: ((info as { Language?: string }).Language ?? null) as string | null,
      pageSize,
    };
  } finally {
    await pdf.destroy();
  }
}

/** A stream's bytes, as a browser would save them. */
export async function streamBytes(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
