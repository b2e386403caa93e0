"use client";
// Once a theme page with new notes has been shown, its notes count as seen: the
// "N new" on the meeting page resets. The notes on screen keep their "New" badge
// until the next visit.
import { useEffect, useRef } from "react";
import { markThemeNotesSeenAction } from "@/lib/actions/annotations";

export function MarkNotesSeen({ themeId }: { themeId: string }) {
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    void markThemeNotesSeenAction(themeId);
  }, [themeId]);
  return null;
}
