"use client";
// "Write a note on the whole theme": the composer without a passage.
import { useAnnotationWorkspace } from "./annotation-workspace";

export function ThemeNoteButton({ label }: { label: string }) {
  const { openComposer } = useAnnotationWorkspace();
  return (
    <button
      type="button"
      className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong"
      onClick={(event) => openComposer({ kind: "theme" }, event.currentTarget)}
    >
      {label}
    </button>
  );
}
