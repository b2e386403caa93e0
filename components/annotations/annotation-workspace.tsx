"use client";
// Links the background text (where a passage is chosen) to the note composer (where
// the note is written). Server-rendered paragraphs and panel sit inside as children.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";

export type TComposerTarget =
  | { kind: "theme" }
  | { kind: "passage"; paragraphId: string; paragraphPosition: number; start: number; end: number; quote: string };

type TWorkspace = {
  target: TComposerTarget | null;
  /** The element to return focus to when the composer closes. */
  openComposer: (target: TComposerTarget, returnFocus?: HTMLElement | null) => void;
  closeComposer: () => void;
};

const WorkspaceContext = createContext<TWorkspace | null>(null);

export function AnnotationWorkspace({ children }: { children: ReactNode }) {
  const [target, setTarget] = useState<TComposerTarget | null>(null);
  const [returnFocus, setReturnFocus] = useState<HTMLElement | null>(null);
  const openComposer = useCallback((next: TComposerTarget, from?: HTMLElement | null) => {
    setReturnFocus(from ?? null);
    setTarget(next);
  }, []);
  const closeComposer = useCallback(() => {
    setTarget(null);
    if (returnFocus?.isConnected) returnFocus.focus();
  }, [returnFocus]);
  const value = useMemo(() => ({ target, openComposer, closeComposer }), [target, openComposer, closeComposer]);
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

export function useAnnotationWorkspace(): TWorkspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error("useAnnotationWorkspace outside <AnnotationWorkspace>");
  return workspace;
}
