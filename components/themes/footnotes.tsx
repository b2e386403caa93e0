import { Fragment } from "react";
import type { Translator } from "@/lib/i18n/translator";
import type { TSourceNote } from "@/lib/dal/source-notes";
import { footnoteMarkers, splitAtMarkers } from "@/lib/themes/footnote-markers";
import { SEED_CONTENT_LANGUAGE } from "@/lib/i18n/content-language";

// The paper's footnotes on a page: each marker in the text a superscript link to its
// note, each note a link back to its marker. The marker's digits are left out of a
// copied selection (select-none), so copying the text gives the words alone; they stay
// in the DOM text, where annotation offsets count them like the stored text does.

export const footnoteId = (number: number) => `fn-${number}`;
export const footnoteRefId = (number: number) => `fnref-${number}`;

export function FootnoteRef({ number, t }: { number: number; t: Translator }) {
  return (
    <sup className="select-none">
      <a id={footnoteRefId(number)} href={`#${footnoteId(number)}`} lang={t.locale} aria-label={t.t("theme.sourceNote", { number })} className="px-0.5 text-brand underline underline-offset-2">
        {number}
      </a>
    </sup>
  );
}

/** The notes a text cites, in order, each with its way back to the text. */
export function FootnoteList({ id, notes, t }: { id: string; notes: TSourceNote[]; t: Translator }) {
  if (notes.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mt-6 max-w-prose border-t border-line pt-3 text-sm">
      <h3 id={id} className="mb-2 font-semibold">
        {t.t("theme.notesHeading")}
      </h3>
      <ol className="grid gap-2">
        {notes.map((note) => (
          <li key={note.number} id={footnoteId(note.number)} className="flex gap-2">
            <span className="font-semibold">{note.number}.</span>
            <span className="break-words">
              <span lang={SEED_CONTENT_LANGUAGE}>{note.text}</span>{" "}
              <a href={`#${footnoteRefId(note.number)}`} className="whitespace-nowrap text-brand underline underline-offset-2">
                {t.t("theme.footnoteBack", { number: note.number })}
              </a>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** A paragraph of the paper outside the annotated background (a meeting's overview). */
export function TextWithFootnotes({ text, known, t }: { text: string; known: ReadonlySet<number>; t: Translator }) {
  return splitAtMarkers(text, 0, footnoteMarkers(text, known)).map((piece, i) =>
    piece.marker ? <FootnoteRef key={i} number={piece.marker} t={t} /> : <Fragment key={i}>{piece.text}</Fragment>,
  );
}
