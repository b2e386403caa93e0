"use client";
// While the position editor is open, says so every `refreshSeconds` (the page passes
// PRESENCE_REFRESH_SECONDS from lib/dal/position-presence.ts), and that it was left
// when the page goes; the group's other members see who is editing (EditorsNow). A
// tab closed without a word stops counting after PRESENCE_TTL_SECONDS. Failures are
// ignored: presence is a courtesy, never in the way of writing.
import { useEffect, useRef } from "react";

export function EditingPresence({ action, refreshSeconds }: { action: (editing: boolean) => Promise<void>; refreshSeconds: number }) {
  // A re-render brings a new bound action; the editor is still the same one open, so
  // the effect below runs once per mount and reads the latest action from here.
  const latest = useRef(action);
  useEffect(() => {
    latest.current = action;
  }, [action]);
  useEffect(() => {
    const say = (editing: boolean) => void latest.current(editing).catch(() => undefined);
    say(true);
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") say(true);
    }, refreshSeconds * 1000);
    const leave = () => say(false);
    window.addEventListener("pagehide", leave);
    return () => {
      clearInterval(timer);
      window.removeEventListener("pagehide", leave);
      say(false);
    };
  }, [refreshSeconds]);
  return null;
}
