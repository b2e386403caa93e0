// The data-access pass's canary search: everything a person can ask the data layer
// for — every list, page, panel, export, feed and log the app builds its screens from —
// as one string, so that a canary a person may not see can be looked for in one place.
import type { TActor } from "./matrix";
import { viewerOf, SLUG, type TApp, type TDalWorld } from "./dal-world";
import { THEMES, THEME_CODES } from "./world-plan";

/** Everything a person can ask the data layer for, as one string, for the canary search. */
export async function everythingVisibleTo(app: TApp, world: TDalWorld, actor: TActor): Promise<string> {
  const viewer = await viewerOf(app, world, actor);
  if (!viewer) return "";
  const { noteReads, meetings, actionReads, actionExport, actionValidation, positions, matrix, stances, admin, audit } = app;
  const parts: unknown[] = [];
  const filters = actionValidation.ZActionFilters.parse({ assignee: "any", status: "all" });
  parts.push(await meetings.listMeetingsForViewer(viewer), await meetings.findMeetingForViewer(viewer, SLUG));
  parts.push(await noteReads.countThemeNotesForMeeting(viewer, SLUG), await noteReads.listRecentNotesForViewer(viewer, 100));
  for (const code of THEME_CODES) {
    const theme = await meetings.findThemeForViewer(viewer, SLUG, code);
    if (theme) parts.push(theme, await noteReads.loadThemeNotes(viewer, { id: theme.id, code, meeting: { slug: SLUG }, paragraphs: theme.paragraphs }, "{}"));
    if (theme) parts.push(await actionReads.listThemeActionsForViewer(viewer, theme.id), await positions.listThemePositionsForViewer(viewer, theme.id));
    if (theme) parts.push(await stances.findStancePanelForViewer(viewer, { id: theme.id }), await stances.listGroupStancesForViewer(viewer, SLUG, code));
    for (const group of ["GOVERNMENT", "EMPLOYERS", "WORKERS"] as const) {
      const position = await positions.findPositionForViewer(viewer, SLUG, code, group);
      const ref = await positions.findThemeRefForViewer(viewer, SLUG, code);
      parts.push(position);
      if (ref) {
        parts.push(await positions.listRevisionsForViewer(viewer, { theme: ref, group }));
        parts.push([...(await positions.revisionBodiesForViewer(viewer, { theme: ref, group }, [0, 1, 2, 3, 4, 5, 6])).values()]);
        parts.push(await stances.countStancesForViewer(viewer, ref.id, group));
      }
    }
  }
  for (const [scope, id] of Object.entries(world.notes)) {
    const code = { DELEGATION: THEMES.noteDelegation, GROUP: THEMES.noteGroup, ALL: THEMES.noteAll }[scope]!;
    parts.push(await noteReads.findNoteForViewer(viewer, SLUG, code, id), await actionReads.findNoteForNewAction(viewer, id));
  }
  for (const id of Object.values(world.actions)) parts.push(await actionReads.findActionForViewer(viewer, id));
  parts.push(await actionReads.listActionsForViewer(viewer, filters, { pageSize: 1000 }), await actionReads.listBoardForViewer(viewer, filters));
  parts.push(await actionReads.summariseMyActions(viewer));
  parts.push(await new Response(actionExport.exportActionsCsv(viewer, filters, app.translator.createTranslator("en"), "http://localhost")).text());
  parts.push(await matrix.loadPositionsMatrix(viewer, SLUG), await stances.listStanceDelegatesForViewer(viewer));
  parts.push(await (await import("@/lib/dal/positions-home")).findHomePositionsForViewer(viewer));
  parts.push(await (await import("@/lib/dal/notifications")).listNotificationsForViewer(viewer, { take: 1000 }));
  parts.push(await admin.findDelegationForAdmin(viewer, world.lkId), await admin.listDelegationsForAdmin(viewer));
  if (viewer.delegation) parts.push(await admin.findDelegationForAdmin(viewer, viewer.delegation.id));
  parts.push(await audit.listAuditEntriesForViewer(viewer, {}, 100_000));
  // The calendar feed: a token of the person's own, read the way a calendar app would.
  const calendar = await import("@/lib/dal/actions-calendar");
  const token = await calendar.issueCalendarFeedToken(viewer);
  if (token) parts.push((await calendar.calendarFeedForToken(token, "http://localhost"))?.replace(/\r\n[ \t]/g, ""));
  return JSON.stringify(parts, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
}
