import "server-only";
// Carrying a note forward: a note on a High-level Dialogue roundtable is copied, by
// the person carrying it, to the technical-meeting theme that follows the roundtable
// up, with the same scope and tags and a link back to the original thread (the text
// starts with it, and `carriedFromId` keeps it) — on the same passage when the
// theme's text has it (found the way a moved passage is found), else on the whole
// theme. Written through the notes service, so the stored HTML, @mentions and the
// audit row are the ones any new note gets, in its one transaction.
// Refused, nothing written: a note already carried to that theme ("alreadyCarried"),
// once and for all (a deleted copy counts too): checked first for the message, and
// held by the unique index on (carriedFromId, themeId) when two copies race — the
// loser's insert fails and gets the same answer;
// anything the viewer may not see, or a theme that does not follow the note's up,
// is not found; a scope the viewer may not write is the service's field error.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { visibleAnnotationsWhere } from "@/lib/authz/visibility";
import { notePath } from "@/lib/annotations/paths";
import { locateAnchor } from "@/lib/annotations/anchoring";
import { findThemeRefForViewer } from "@/lib/dal/positions";
import { createAnnotation } from "./annotations-notes";
import { isUniqueViolation } from "./service-result";
import type { TNoteWriteResult } from "./annotations-shared";

export type TNoteCarryResult = TNoteWriteResult<{ id: string; href: string }> | { ok: false; alreadyCarried: true };

export async function carryNote(viewer: Viewer, noteId: string, meetingSlug: string, themeCode: string, intro: string): Promise<TNoteCarryResult> {
  const target = await findThemeRefForViewer(viewer, meetingSlug, themeCode);
  if (!target) return { ok: false, notFound: true };
  const note = await db.annotation.findFirst({
    where: { AND: [{ id: noteId }, visibleAnnotationsWhere(viewer), { hiddenAt: null, theme: { followedBy: { some: { themeId: target.id } } } }] },
    select: {
      id: true,
      body: true,
      scope: true,
      tags: true,
      quoteExact: true,
      quotePrefix: true,
      quoteSuffix: true,
      theme: { select: { code: true, meeting: { select: { slug: true } } } },
    },
  });
  if (!note) return { ok: false, notFound: true };
  const copies = await db.annotation.count({ where: { carriedFromId: note.id, themeId: target.id } });
  if (copies > 0) return ALREADY_CARRIED;
  const anchor = note.quoteExact ? await passageOn(target.id, note) : null;
  const link = `[${intro}](${notePath(note.theme.meeting.slug, note.theme.code, note.id)})`;
  try {
    return await createAnnotation(
      viewer,
      { themeId: target.id, body: `${link}\n\n${note.body}`, scope: note.scope, tags: note.tags.join(", "), anchor },
      { carriedFromId: note.id, from: note.theme.code },
    );
  } catch (error) {
    // A copy written since the check above: its transaction rolled back whole.
    if (isUniqueViolation(error)) return ALREADY_CARRIED;
    throw error;
  }
}

const ALREADY_CARRIED = { ok: false, alreadyCarried: true } as const;

/** The note's quoted passage in the target theme's text, as a new note's anchor. */
async function passageOn(themeId: string, note: { quoteExact: string | null; quotePrefix: string | null; quoteSuffix: string | null }) {
  const paragraphs = await db.themeParagraph.findMany({ where: { themeId }, select: { id: true, position: true, text: true } });
  const located = locateAnchor(paragraphs, { paragraphId: null, exact: note.quoteExact, prefix: note.quotePrefix, suffix: note.quoteSuffix, start: null, end: null });
  if (located.status !== "anchored") return null;
  const text = paragraphs.find((p) => p.id === located.paragraphId)!.text;
  return { paragraphId: located.paragraphId, start: located.start, end: located.end, quote: text.slice(located.start, located.end) };
}
