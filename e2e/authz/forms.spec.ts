import type { TActor } from "../../test/authz/matrix";
import { THEMES } from "../../test/authz/world-plan";
import { test } from "./support/fixtures";
import { notePath, positionPath } from "./support/plant";
import { ACTIONS, actionIdOfferedBy, type TActionRef } from "./support/server-actions";
import type { TWorld } from "./support/world";

// The matrix replays forms by posting to their server actions. These checks pin the
// replayed ids to the forms the pages actually render for someone allowed to use them
// (`$ACTION_ID_<id>`, or `$ACTION_<n>:0` for forms with bound arguments or state).
// Forms the browser renders only after a click (note composer, reply and edit forms,
// delete confirmations, the secretariat's hide button, the board's status move, a
// head's "add my agreement") carry no id in the server HTML; those come from the
// build's manifest by file and export name, as every id does in callAction.

type TOffer = { actor: TActor; page: (w: TWorld) => string; actions: TActionRef[] };

const OFFERS: TOffer[] = [
  { actor: "secretariat", page: () => "/admin/meetings", actions: [ACTIONS.saveMeeting] },
  { actor: "secretariat", page: (w) => `/admin/meetings/${w.slug}/themes/new`, actions: [ACTIONS.saveTheme] },
  { actor: "secretariat", page: (w) => `/admin/delegations/${w.lkId}`, actions: [ACTIONS.invitePerson, ACTIONS.changeRole, ACTIONS.setPersonActive] },
  { actor: "headLk", page: () => "/delegation", actions: [ACTIONS.invitePerson, ACTIONS.changeRole, ACTIONS.setPersonActive, ACTIONS.resendInvitation] },
  { actor: "headLk", page: () => "/positions", actions: [ACTIONS.stancePermission] },
  { actor: "headLk", page: (w) => `/meetings/${w.slug}/themes/${THEMES.draft}`, actions: [ACTIONS.setStance] },
  { actor: "headLk", page: (w) => `${positionPath(w.slug, THEMES.draft)}/edit`, actions: [ACTIONS.savePosition] },
  { actor: "headLk", page: (w) => positionPath(w.slug, THEMES.draft), actions: [ACTIONS.positionStatus] },
  { actor: "headLk", page: () => "/actions/new", actions: [ACTIONS.createAction] },
  { actor: "headLk", page: (w) => `/actions/${w.actions.DELEGATION}`, actions: [ACTIONS.comment, ACTIONS.deleteAction] },
  { actor: "headLk", page: (w) => `/actions/${w.actions.DELEGATION}/edit`, actions: [ACTIONS.updateAction] },
  { actor: "delegateLk", page: (w) => notePath(w.slug, THEMES.noteDelegation, w.notes.DELEGATION), actions: [ACTIONS.resolveNote] },
  { actor: "adviserLk", page: () => "/actions/calendar", actions: [ACTIONS.issueFeed] },
];

for (const offer of OFFERS) {
  const names = offer.actions.map((a) => a.name).join(", ");
  test(`[authz] forms: the page ${offer.actor} uses for ${names} posts to the replayed action`, async ({ authz }) => {
    for (const action of offer.actions) await actionIdOfferedBy(authz.contexts[offer.actor], offer.page(authz.world), action);
  });
}
