import { describeCells } from "./support/fixtures";

// The authorisation matrix over HTTP (test/authz/matrix.ts): people's own pages, where
// @mentions link (/people/[id]), and the people directory (/people).
describeCells(["person.delegation", "person.group", "person.secretariat", "person.deactivated"]);
