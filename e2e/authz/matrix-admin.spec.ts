import { describeCells } from "./support/fixtures";

// The authorisation matrix over HTTP (test/authz/matrix.ts): Sri Lanka's people and
// the audit log — administration pages, the audit export and the people actions.
describeCells(["people", "audit.delegation", "audit.admin"]);
