"use client";
// While the position editor is open, says so every PRESENCE_REFRESH_SECONDS
// (lib/dal/position-presence.ts), and that it was left when the page goes; the
// group's other members see who is editing (EditorsNow). A tab closed without a
// word stops counting after PRESENCE_TTL_SECONDS. Failures are ignored: presence is
// a courtesy, never in the way of writing.
import { useEffect, useRef } from "react";

const REFRESH_MS = 20_000;

export function EditingPresence({ action }: { action: (editing: boolean) => Promise<void> }) {
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
    }, REFRESH_MS);
    const leave = () => say(false);
    window.addEventListener("pagehide", leave);
    return () => {
      clearInterval(timer);
      window.removeEventListener("pagehide", leave);
      say(false);
    };
  }, []);
  return null;
}
