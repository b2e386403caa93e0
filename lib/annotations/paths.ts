// Addresses of notes, shared by pages, notifications and client components.

export function themePath(meetingSlug: string, themeCode: string): string {
  return `/meetings/${meetingSlug}/themes/${encodeURIComponent(themeCode)}`;
}

export function notePath(meetingSlug: string, themeCode: string, noteId: string): string {
  return `${themePath(meetingSlug, themeCode)}/notes/${noteId}`;
}

/** "Make this an action" hands over to the actions feature, which checks the note again. */
export function newActionFromNotePath(noteId: string): string {
  return `/actions/new?annotationId=${encodeURIComponent(noteId)}`;
}

/** The DOM id of a note in the panel, target of highlight links. */
export const noteDomId = (noteId: string) => `note-${noteId}`;
