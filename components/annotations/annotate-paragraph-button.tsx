"use client";
// The keyboard path to annotating: every paragraph offers this button, which opens
// the composer on the whole paragraph (its opening words if it is very long). The
// quote is read from the paragraph on the page (its text is exactly the stored text)
// rather than sent a second time as a prop.
import { useAnnotationWorkspace } from "./annotation-workspace";

type Props = {
  paragraphId: string;
  paragraphPosition: number;
  start: number;
  end: number;
  label: string;
  /** Read by screen readers after the label, to tell the paragraphs apart. */
  which: string;
};

export function AnnotateParagraphButton({ paragraphId, paragraphPosition, start, end, label, which }: Props) {
  const { openComposer } = useAnnotationWorkspace();
  return (
    <button
      type="button"
      className="mt-1 rounded border border-line bg-white px-2 py-0.5 text-sm text-brand hover:bg-surface"
      onClick={(event) => {
        const text = document.querySelector(`[data-annotatable-paragraph="${CSS.escape(paragraphId)}"]`)?.textContent ?? "";
        openComposer({ kind: "passage", paragraphId, paragraphPosition, start, end, quote: text.slice(start, end) }, event.currentTarget);
      }}
    >
      {label}
      <span className="sr-only"> ({which})</span>
    </button>
  );
}
