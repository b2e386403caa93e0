// Loads the meeting content shipped with the project (lib/seed/content.json, cut from
// the 2013 ILO paper on the High-level Dialogue) and checks its shape, so a broken
// edit of the file fails loudly at seed time instead of half-seeding.
import { z } from "zod";
import raw from "./content.json";

const ZTheme = z.object({
  code: z.string().min(1),
  title: z.string().min(1),
  background: z.array(z.string()),
});

const ZMeeting = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(["HIGH_LEVEL_DIALOGUE", "TECHNICAL_MEETING", "REGIONAL_PREPARATORY"]),
  title: z.string().min(1),
  venue: z.string().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  overallTheme: z.string().optional(),
  overview: z.array(z.string()),
  themes: z.array(ZTheme),
});

const ZContent = z.object({
  meetings: z.array(ZMeeting),
  instruments: z.array(z.object({ code: z.string(), title: z.string(), themes: z.array(z.string()) })),
  keyFigures: z.array(z.object({ figure: z.string(), note: z.number().int().nullable() })),
  notes: z.array(z.string()),
  technicalCooperationProjects: z.array(
    z.object({ title: z.string(), startYear: z.number().int(), endYear: z.number().int(), portfolio: z.string() }),
  ),
});

export type TSeedContent = z.infer<typeof ZContent>;

export function loadSeedContent(): TSeedContent {
  return ZContent.parse(raw);
}
