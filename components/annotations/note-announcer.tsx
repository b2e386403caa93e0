"use client";
// The polite live region of the notes UI: what a thread or note action did (resolved,
// reopened, reply posted, changes saved, deleted) or why it was refused, said once to
// screen readers. Its own component, fed by a window event, so that any control can
// announce without a shared context and other live regions on the page (e.g. "new
// notes" from live updates) stay separate. Mounted once per page that shows notes.
import { useEffect, useState } from "react";

const EVENT = "notes:announce";

/** Says `message` in the page's notes live region (if one is mounted). */
export function announceNote(message: string): void {
  window.dispatchEvent(new CustomEvent<string>(EVENT, { detail: message }));
}

export function NoteAnnouncer() {
  const [message, setMessage] = useState("");
  useEffect(() => {
    let frame = 0;
    const onAnnounce = (event: Event) => {
      const next = (event as CustomEvent<string>).detail;
      // Emptied first, so the same words twice in a row are said twice.
      setMessage("");
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setMessage(next));
    };
    window.addEventListener(EVENT, onAnnounce);
    return () => {
      window.removeEventListener(EVENT, onAnnounce);
      cancelAnimationFrame(frame);
    };
  }, []);
  return (
    <div id="notes-announcer" role="status" aria-live="polite" aria-atomic="true" className="sr-only">
      {message}
    </div>
  );
}
