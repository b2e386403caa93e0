"use client";
// Select any passage of the background → an "Annotate selection" button appears next
// to it → the composer opens on that passage. Offsets are counted in the paragraph's
// own text (the element marked data-annotatable-paragraph), which is exactly the
// stored paragraph text: highlights add elements but no characters. Highlights are
// marked text (annotated-paragraphs.tsx): a drag through them selects, and a click
// without a drag opens the note they mark.
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useAnnotationWorkspace, type TComposerTarget } from "./annotation-workspace";

type TPending = { target: Extract<TComposerTarget, { kind: "passage" }>; top: number; left: number };

function paragraphOf(node: Node | null): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : node?.parentElement;
  return element?.closest<HTMLElement>("[data-annotatable-paragraph]") ?? null;
}

function offsetWithin(paragraph: HTMLElement, node: Node, offset: number): number {
  const before = document.createRange();
  before.selectNodeContents(paragraph);
  before.setEnd(node, offset);
  return before.toString().length;
}

/** The passage selected inside one paragraph of `root`, if any (clamped to that paragraph). */
function readSelection(root: HTMLElement): TPending | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const paragraph = paragraphOf(range.startContainer);
  if (!paragraph || !root.contains(paragraph)) return null;
  const text = paragraph.textContent ?? "";
  const start = offsetWithin(paragraph, range.startContainer, range.startOffset);
  const end = paragraph.contains(range.endContainer) ? offsetWithin(paragraph, range.endContainer, range.endOffset) : text.length;
  // Leading and trailing spaces are not part of what a person means to quote.
  const raw = text.slice(start, end);
  const from = start + (raw.length - raw.trimStart().length);
  const to = end - (raw.length - raw.trimEnd().length);
  if (to <= from) return null;
  const rects = range.getClientRects();
  const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
  const box = root.getBoundingClientRect();
  return {
    target: {
      kind: "passage",
      paragraphId: paragraph.dataset.annotatableParagraph ?? "",
      paragraphPosition: Number(paragraph.dataset.paragraphPosition ?? 0),
      start: from,
      end: to,
      quote: text.slice(from, to),
    },
    top: last.bottom - box.top + 4,
    left: Math.max(0, Math.min(last.right - box.left - 40, box.width - 180)),
  };
}

export function SelectionAnnotator({ label, enabled, children }: { label: string; enabled: boolean; children: ReactNode }) {
  const root = useRef<HTMLDivElement>(null);
  const [pending, setPending] = useState<TPending | null>(null);
  const { openComposer } = useAnnotationWorkspace();
  const router = useRouter();

  // A click on a highlight that selected nothing goes to its note: in the panel when
  // it is on this page (focused, so reading continues there), else its own page.
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const onClick = (event: MouseEvent) => {
      const mark = event.target instanceof Element ? event.target.closest<HTMLElement>("[data-note-href]") : null;
      const href = mark?.dataset.noteHref;
      if (!href || !window.getSelection()?.isCollapsed) return;
      if (!href.startsWith("#")) return router.push(href);
      const note = document.getElementById(href.slice(1));
      if (!note) return;
      history.replaceState(null, "", href);
      note.focus();
    };
    element.addEventListener("click", onClick);
    return () => element.removeEventListener("click", onClick);
  }, [router]);

  useEffect(() => {
    if (!enabled) return;
    const update = () => {
      if (root.current) setPending(readSelection(root.current));
    };
    document.addEventListener("selectionchange", update);
    return () => document.removeEventListener("selectionchange", update);
  }, [enabled]);

  return (
    <div ref={root} className="relative">
      {children}
      {pending ? (
        <button
          type="button"
          className="absolute z-10 rounded bg-brand px-3 py-1 text-sm font-medium text-white shadow-lg hover:bg-brand-strong"
          style={{ top: pending.top, left: pending.left }}
          // Keep the selection while the button is pressed.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            openComposer(pending.target);
            setPending(null);
          }}
          onKeyDown={(event) => {
            if (event.key === "Escape") setPending(null);
          }}
        >
          {label}
        </button>
      ) : null}
    </div>
  );
}
