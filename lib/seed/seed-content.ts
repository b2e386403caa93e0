// Writes the meeting content into the database. Idempotent: every row is keyed by a
// natural key (slug, code, title, position), so running it twice changes nothing and
// running it after the content file changed brings the database in line.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { dateFromIso } from "@/lib/dates";
import { loadSeedContent } from "./content";
import { splitFootnotes } from "./footnotes";
import { SEED_THEME_LINKS } from "@/lib/carry/seed-links";


export async function seedContent(db: PrismaClient): Promise<void> {
  const content = loadSeedContent();
  await db.$transaction(
    async (tx) => {
      const themeIds = new Map<string, string>();
      for (const [meetingIndex, m] of content.meetings.entries()) {
        const fields = {
          kind: m.kind,
          title: m.title,
          venue: m.venue,
          startsOn: dateFromIso(m.startsOn),
          endsOn: dateFromIso(m.endsOn),
          overallTheme: m.overallTheme ?? null,
          overview: m.overview,
          position: meetingIndex + 1,
        };
        const meeting = await tx.meeting.upsert({
          where: { slug: m.slug },
          create: { slug: m.slug, ...fields },
          update: fields,
        });
        for (const [themeIndex, t] of m.themes.entries()) {
          const theme = await tx.theme.upsert({
            where: { meetingId_code: { meetingId: meeting.id, code: t.code } },
            create: { meetingId: meeting.id, code: t.code, title: t.title, position: themeIndex + 1 },
            update: { title: t.title, position: themeIndex + 1 },
          });
          themeIds.set(t.code, theme.id);
          for (const [p, text] of t.background.entries()) {
            await tx.themeParagraph.upsert({
              where: { themeId_position: { themeId: theme.id, position: p + 1 } },
              create: { themeId: theme.id, position: p + 1, text },
              update: { text },
            });
          }
          await tx.themeParagraph.deleteMany({
            where: { themeId: theme.id, position: { gt: t.background.length } },
          });
        }
      }

      for (const i of content.instruments) {
        const instrument = await tx.instrument.upsert({
          where: { code: i.code },
          create: { code: i.code, title: i.title },
          update: { title: i.title },
        });
        const links = i.themes.flatMap((code) => {
          const themeId = themeIds.get(code);
          return themeId ? [{ themeId, instrumentId: instrument.id }] : [];
        });
        await tx.themeInstrument.createMany({ data: links, skipDuplicates: true });
      }

      const themeLinks = Object.entries(SEED_THEME_LINKS).flatMap(([code, sources]) =>
        sources.flatMap((source) => {
          const themeId = themeIds.get(code);
          const sourceThemeId = themeIds.get(source);
          return themeId && sourceThemeId ? [{ themeId, sourceThemeId }] : [];
        }),
      );
      await tx.themeLink.createMany({ data: themeLinks, skipDuplicates: true });

      for (const note of splitFootnotes(content.notes)) {
        await tx.sourceNote.upsert({
          where: { number: note.number },
          create: note,
          update: { text: note.text },
        });
      }
      for (const [index, k] of content.keyFigures.entries()) {
        const fields = { figure: k.figure, noteNumber: k.note };
        await tx.keyFigure.upsert({
          where: { position: index + 1 },
          create: { position: index + 1, ...fields },
          update: fields,
        });
      }
      for (const p of content.technicalCooperationProjects) {
        const fields = { startYear: p.startYear, endYear: p.endYear, portfolio: p.portfolio };
        await tx.cooperationProject.upsert({
          where: { title: p.title },
          create: { title: p.title, ...fields },
          update: fields,
        });
      }
    },
    { timeout: 60_000 },
  );
}
