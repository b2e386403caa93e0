"use client";
// Opening the edit form of a note or reply: its source is fetched then, through a
// server action that checks the viewer may edit it (the page carries only the
// rendered text).
import { useCallback, useState } from "react";
import { loadEditableSourceAction } from "@/lib/actions/annotation-source";
import type { TEditableSource } from "@/lib/dal/annotations-source";

export type TEditorState = { status: "closed" | "loading" | "gone" } | { status: "open"; source: TEditableSource };

export function useEditableSource(kind: "note" | "reply", id: string) {
  const [editor, setEditor] = useState<TEditorState>({ status: "closed" });
  const open = useCallback(async () => {
    setEditor({ status: "loading" });
    const source = await loadEditableSourceAction(kind, id);
    setEditor(source ? { status: "open", source } : { status: "gone" });
  }, [kind, id]);
  const close = useCallback(() => setEditor({ status: "closed" }), []);
  return { editor, open, close };
}
