// How much of a theme's notes the panel beside the text shows at once. Ten notes (each
// with its first replies) fill a few screens; a page's cost stays bounded however busy
// the theme gets (issue 9). Highlights of notes on other pages link to those notes'
// own pages, and every reply is on the note's page.
export const NOTES_PAGE_SIZE = 10;

/** Replies shown under a note in the panel; "Show N more replies" links to the rest. */
export const REPLIES_IN_PANEL = 3;
