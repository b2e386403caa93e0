import "server-only";
// The fonts every pack embeds (DejaVu Sans, assets/fonts/dejavu: its licence and
// source are there): regular, bold and oblique, with every French and Spanish accent.
// Read from disk once per process — they are the same for everyone — and subset into
// each PDF by pdfkit, so a pack carries only the glyphs it uses.
import { readFileSync } from "node:fs";
import path from "node:path";

export type TBriefingFonts = { regular: Buffer; bold: Buffer; italic: Buffer };

const DIR = path.join(process.cwd(), "assets", "fonts", "dejavu");
let loaded: TBriefingFonts | null = null;

export function briefingFonts(): TBriefingFonts {
  loaded ??= {
    regular: readFileSync(path.join(DIR, "DejaVuSans.ttf")),
    bold: readFileSync(path.join(DIR, "DejaVuSans-Bold.ttf")),
    italic: readFileSync(path.join(DIR, "DejaVuSans-Oblique.ttf")),
  };
  return loaded;
}
