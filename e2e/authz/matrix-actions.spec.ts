import { describeCells } from "./support/fixtures";

// The authorisation matrix over HTTP (test/authz/matrix.ts): follow-up actions in each
// scope — their pages, the list, the CSV export and direct POSTs to their actions.
describeCells(["action.DELEGATION", "action.GROUP"]);
