import { describeCells } from "./support/fixtures";

// The authorisation matrix over HTTP (test/authz/matrix.ts): the GOVERNMENT group's
// positions at each status, Sri Lanka's stances and who may record them.
describeCells(["position.DRAFT", "position.AGREED", "position.DELIVERED", "stance.DRAFT", "stance.DELIVERED", "stancePermission"]);
