import "server-only";
// The paper's key figures and numbered notes, the same for every theme and every
// reader (meeting content, not user content: every signed-in person reads it). Read in
// one statement, so a theme page gets both in the round trip that used to bring the
// key figures alone; cached per request.
import { cache } from "react";
import { db } from "@/lib/db";

export type TSourceNote = { number: number; text: string };
export type TKeyFigure = { position: number; figure: string; note: TSourceNote | null };

export const loadReferenceMaterial = cache(async (): Promise<{ keyFigures: TKeyFigure[]; notes: TSourceNote[] }> => {
  const [row] = await db.$queryRaw<{ figures: { position: number; figure: string; noteNumber: number | null }[]; notes: TSourceNote[] }[]>`
    SELECT
      (SELECT coalesce(json_agg(json_build_object('position', k."position", 'figure', k."figure", 'noteNumber', k."noteNumber") ORDER BY k."position"), '[]'::json)
         FROM "KeyFigure" k) AS "figures",
      (SELECT coalesce(json_agg(json_build_object('number', n."number", 'text', n."text") ORDER BY n."number"), '[]'::json)
         FROM "SourceNote" n) AS "notes"`;
  const notes = row?.notes ?? [];
  const byNumber = new Map(notes.map((n) => [n.number, n]));
  return {
    keyFigures: (row?.figures ?? []).map((k) => ({ position: k.position, figure: k.figure, note: k.noteNumber === null ? null : (byNumber.get(k.noteNumber) ?? null) })),
    notes,
  };
});
