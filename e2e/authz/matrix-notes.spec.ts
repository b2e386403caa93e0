import { describeCells } from "./support/fixtures";

// The authorisation matrix over HTTP (test/authz/matrix.ts): the theme, notes in each
// scope and replies — page GETs, RSC payloads and direct POSTs to the note actions.
describeCells(["theme", "note.DELEGATION", "note.GROUP", "note.ALL", "reply.DELEGATION", "reply.GROUP"]);
