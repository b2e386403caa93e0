"use client";
// The passage a new note quotes, as an editable field: the keyboard path to a phrase
// (issue 16). "Annotate this paragraph" opens the composer on the whole paragraph;
// deleting the words before and after the phrase narrows it. What is left is matched
// to the paragraph on the page (matchQuote), and the offsets found are what a mouse
// selection of the same words would give, so the server stores the same selectors.
// Words not in the paragraph are refused here, beside the field, before any save.
import { useState } from "react";
import type { Translator } from "@/lib/i18n/translator";
import { matchQuote } from "@/lib/annotations/anchoring";
import type { TComposerTarget } from "./annotation-workspace";

type TPassage = Extract<TComposerTarget, { kind: "passage" }>;

/** The paragraph's text as shown (exactly the stored text: highlights add no characters). */
function paragraphText(paragraphId: string): string {
  return document.querySelector(`[data-annotatable-paragraph="${CSS.escape(paragraphId)}"]`)?.textContent ?? "";
}

export const PASSAGE_FIELD_ID = "note-quote";

export function PassageField({ t, passage, serverError }: { t: Translator; passage: TPassage; serverError?: string }) {
  const [typed, setTyped] = useState(passage.quote);
  const match = typed === passage.quote ? { start: passage.start, end: passage.end } : matchQuote(paragraphText(passage.paragraphId), typed, passage.start);
  const error = match ? serverError : t.t("annotations.errors.quoteNotInParagraph", { number: passage.paragraphPosition });
  const quote = match ? paragraphText(passage.paragraphId).slice(match.start, match.end) || passage.quote : typed;
  return (
    <div className="flex flex-col gap-1">
      <input type="hidden" name="paragraphId" value={passage.paragraphId} />
      <input type="hidden" name="start" value={match?.start ?? 0} />
      <input type="hidden" name="end" value={match?.end ?? 0} />
      <input type="hidden" name="quote" value={quote} />
      <label htmlFor={PASSAGE_FIELD_ID} className="font-medium">
        {t.t("annotations.composer.passage")} ({t.t("annotations.composer.onParagraph", { number: passage.paragraphPosition })})
      </label>
      <span id={`${PASSAGE_FIELD_ID}-hint`} className="text-sm text-muted">
        {t.t("annotations.composer.passageHint")}
      </span>
      <textarea
        id={PASSAGE_FIELD_ID}
        rows={3}
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${PASSAGE_FIELD_ID}-hint ${PASSAGE_FIELD_ID}-error`}
        data-unmatched={match ? undefined : true}
        className="rounded border border-line px-3 py-2 text-sm italic aria-[invalid=true]:border-danger"
      />
      <span id={`${PASSAGE_FIELD_ID}-error`} aria-live="polite" className="min-h-5 text-sm text-danger">
        {error}
      </span>
    </div>
  );
}
