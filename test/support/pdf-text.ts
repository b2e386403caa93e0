// Reads a generated PDF the way a standard reader does (Mozilla's PDF.js): its pages'
// text, its outline (bookmarks), its metadata and the fonts it embeds. For the
// briefing pack's tests: what a person can select and search in the file is what
// they were given.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export type TPdfReading = {
  pages: string[];
  /** Every page's text. */
  text: string;
  /** The text between the page margins (no running header or footer, which would
   *  interrupt a passage that runs onto the next page), without any whitespace. */
  compact: string;
  outline: string[];
  info: Record<string, unknown>;
  language: string | null;
  pageSize: { width: number; height: number };
};

/** Points at the top and bottom of a page where running headers and footers sit. */
const FURNITURE_BAND = 50;

/** The text a search would match, whitespace and invisible break opportunities removed. */
export const compactText = (text: string) => text.replace(/[\s\u200b]+/g, "");

export async function readPdf(bytes: Uint8Array): Promise<TPdfReading> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    const body: string[] = [];
    let pageSize = { width: 0, height: 0 };
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      if (n === 1) {
        const [x0, y0, x1, y1] = page.view;
        pageSize = { width: Math.round(x1! - x0!), height: Math.round(y1! - y0!) };
      }
      const content = await page.getTextContent();
      const items = content.items.flatMap((item) => ("str" in item ? [item] : []));
      pages.push(items.map((item) => item.str + (item.hasEOL ? "\n" : "")).join(""));
      // transform[5] is the baseline's distance from the bottom of the page.
      const height = page.view[3]!;
      body.push(items.filter((item) => item.transform[5] > FURNITURE_BAND && item.transform[5] < height - FURNITURE_BAND).map((item) => item.str).join(""));
    }
    const outline = ((await pdf.getOutline()) ?? []).map((item) => item.title);
    const { info } = await pdf.getMetadata();
    const text = pages.join("\n");
    return {
      pages,
      text,
      compact: compactText(body.join("")),
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
