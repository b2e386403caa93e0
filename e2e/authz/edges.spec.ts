import { randomUUID } from "node:crypto";
import { expect, test } from "./support/fixtures";
import { getPage } from "./support/pages";
import { ACTIONS } from "./support/server-actions";
import { PASSWORD, createNote, createTheme, inviteIntoLk, notePath, themeIdOf } from "./support/plant";

// Edges of the matrix that a cell cannot express, over HTTP (the same checks run at
// the data-access layer in test/integration/authz-matrix-edges.test.ts).

test("[authz] edges: a note on an archived theme answers 404, also as the source of a new action", async ({ authz }) => {
  const { slug } = authz.world;
  const code = `X-${randomUUID().slice(0, 8)}`;
  await createTheme(authz.call, slug, code);
  const themeId = await themeIdOf(authz.contexts.delegateLk, slug, code);
  const { id } = await createNote(authz.call, slug, code, themeId, "DELEGATION", `Soon archived ${code}`);
  expect(id).toBeTruthy();
  await authz.call("secretariat", { page: `/admin/meetings/${slug}`, action: ACTIONS.archiveTheme, args: [themeId, true], fields: {} });

  expect((await getPage(authz.contexts.delegateLk, notePath(slug, code, id!))).status).toBe(404);
  const prefill = await getPage(authz.contexts.delegateLk, `/actions/new?annotationId=${id}`);
  expect(prefill.text.includes(`Soon archived ${code}`), "the archived note's text is shown on the new-action form").toBe(false);
  expect(prefill.status).toBe(404);
});

test("[authz] edges: a person deactivated before accepting their invitation cannot join with the link", async ({ authz }) => {
  const person = await inviteIntoLk(authz.contexts, authz.call, authz.world.lkId, "withdrawn", false);
  // The people page offers no button for this; the service accepts the direct request.
  await authz.call("headLk", { page: "/delegation", action: ACTIONS.setPersonActive, args: [person.id, false], fields: {} });
  const accepted = await authz.call("anonymous", {
    page: `/invitations/${person.token}`,
    action: ACTIONS.acceptInvitation,
    args: [person.token, {}],
    fields: { password: PASSWORD, confirm: PASSWORD },
  });
  expect(accepted.result).toEqual({ formError: "admin.invitation.invalid" });
});
