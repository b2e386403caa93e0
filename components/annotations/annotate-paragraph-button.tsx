"use client";
// The keyboard path to annotating: every paragraph offers this button, which opens
// the composer on the whole paragraph (its opening words if it is very long).
import { useAnnotationWorkspace } from "./annotation-workspace";

type Props = {
  paragraphId: string;
  paragraphPosition: number;
  start: number;
  end: number;
  quote: string;
  label: string;
  /** Read by screen readers after the label, to tell the paragraphs apart. */
  which: string;
};

export function AnnotateParagraphButton({ paragraphId, paragraphPosition, start, end, quote, label, which }: Props) {
  const { openComposer } = useAnnotationWorkspace();
  return (
    <button
      type="button"
      className="mt-1 rounded border border-line bg-white px-2 py-0.5 text-sm text-brand hover:bg-surface"
      onClick={(event) =>
        openComposer({ kind: "passage", paragraphId, paragraphPosition, start, end, quote }, event.currentTarget)
      }
    >
      {label}
      <span className="sr-only"> ({which})</span>
    </button>
  );
}
