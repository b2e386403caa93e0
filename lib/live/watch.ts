// Which live events a page cares about, and what to say about them. Pure, shared by
// the browser island (components/live/) and its unit test. A page declares a watch
// (the theme it shows, the note or action it is about, the kinds of change it
// lists); an event that matches none of the open page's watches costs nothing.
import type { TLiveClientEvent } from "./event";

export type TLiveWatch = {
  /** Kind prefixes ("note", "action", "position.saved"); all kinds when absent. */
  kinds?: readonly string[];
  /** Only events on this theme. */
  themeId?: string;
  /** Only events about this note or action (or a reply in this note's thread). */
  subjectId?: string;
  /** Never refresh, only announce: an editor whose typed text must stay as it is. */
  announceOnly?: boolean;
};

export function watchMatches(watch: TLiveWatch, event: TLiveClientEvent): boolean {
  if (watch.kinds && !watch.kinds.some((k) => event.kind === k || event.kind.startsWith(`${k}.`))) return false;
  if (watch.themeId && event.themeId !== watch.themeId) return false;
  if (watch.subjectId && event.subjectId !== watch.subjectId && event.parentId !== watch.subjectId) return false;
  return true;
}

export type TLiveSummary = {
  newNotes: number;
  newReplies: number;
  newNotifications: number;
  /** Someone of the group opened or left a position's editor. */
  editors: number;
  /** Something else changed: edited or resolved notes, actions, positions, stances. */
  otherChanges: number;
};

export function summarizeLiveEvents(events: readonly TLiveClientEvent[]): TLiveSummary {
  const summary: TLiveSummary = { newNotes: 0, newReplies: 0, newNotifications: 0, editors: 0, otherChanges: 0 };
  for (const event of events) {
    // The viewer's own change is on their page already, and they know of it.
    if (event.mine) continue;
    if (event.kind === "note.created") summary.newNotes++;
    else if (event.kind === "reply.created") summary.newReplies++;
    else if (event.kind === "notification.created") summary.newNotifications++;
    else if (event.kind === "position.presence") summary.editors++;
    else if (event.kind !== "notification.read") summary.otherChanges++;
  }
  return summary;
}
