// Fills one theme with what a busy roundtable looks like a week before the meeting:
// notes by the Sri Lankan and Philippine government delegates in every scope, each
// with a few replies, a share of them with Markdown and @mentions, plus notes of the
// employers that a government viewer must never see. Deterministic, so two runs (and
// two data sizes in a query-count test) are comparable. Used by the integration
// tests and by hand (`npx tsx test/support/busy-theme.ts 50 200` on DATABASE_URL).
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Scope } from "@/lib/generated/prisma/enums";

export type TBusyTheme = { themeId: string; noteIds: string[] };

export async function fillBusyTheme(
  db: PrismaClient,
  { notes, replies, themeCode = "RT2", meetingSlug = "hld-2013" }: { notes: number; replies: number; themeCode?: string; meetingSlug?: string },
): Promise<TBusyTheme> {
  const theme = await db.theme.findFirstOrThrow({
    where: { code: themeCode, meeting: { slug: meetingSlug } },
    select: { id: true, paragraphs: { orderBy: { position: "asc" }, select: { id: true, text: true } } },
  });
  const people = await db.user.findMany({
    where: { email: { in: ["head.lk@gov.demo", "delegate.lk@gov.demo", "adviser.lk@gov.demo", "delegate.ph@gov.demo", "head.ioe@employers.demo"] } },
    select: { id: true, email: true, delegationId: true },
  });
  const byEmail = (email: string) => people.find((p) => p.email === email)!;
  const lk = ["head.lk@gov.demo", "delegate.lk@gov.demo", "adviser.lk@gov.demo"].map(byEmail);
  const government = [...lk, byEmail("delegate.ph@gov.demo")];
  const employer = byEmail("head.ioe@employers.demo");

  let seed = 2013;
  const rand = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
  const TAGS = ["C189", "C97", "fair recruitment", "domestic work", "R202", "follow-up"];

  const visible = Array.from({ length: notes }, (_, i) => {
    const scope: Scope = i % 10 < 4 ? "ALL" : i % 10 < 7 ? "GROUP" : "DELEGATION";
    const author = scope === "DELEGATION" ? pick(lk) : pick(government);
    const paragraph = pick(theme.paragraphs);
    const onTheme = i % 9 === 0 || paragraph.text.length < 80;
    const start = onTheme ? 0 : Math.floor(rand() * (paragraph.text.length - 70));
    const end = start + 10 + Math.floor(rand() * 50);
    return {
      id: randomUUID(),
      themeId: theme.id,
      authorId: author.id,
      delegationId: author.delegationId!,
      group: "GOVERNMENT" as const,
      scope,
      body:
        `Note ${i}: ${"a considered remark about **this passage** and what it means for our delegation. ".repeat(1 + (i % 4))}` +
        (i % 5 === 0 ? "\n\n- first point\n- second point, see [the convention](https://www.ilo.org/)" : ""),
      tags: [pick(TAGS), pick(TAGS)].filter((t, j, all) => all.indexOf(t) === j),
      paragraphId: onTheme ? null : paragraph.id,
      quoteExact: onTheme ? null : paragraph.text.slice(start, end),
      quotePrefix: onTheme ? null : paragraph.text.slice(Math.max(0, start - 32), start),
      quoteSuffix: onTheme ? null : paragraph.text.slice(end, end + 32),
      positionStart: onTheme ? null : start,
      positionEnd: onTheme ? null : end,
      resolvedAt: i % 7 === 3 ? new Date() : null,
      createdAt: new Date(Date.UTC(2013, 8, 1) + i * 60_000),
    };
  });
  const hidden = Array.from({ length: Math.ceil(notes / 5) }, (_, i) => ({
    themeId: theme.id,
    authorId: employer.id,
    delegationId: employer.delegationId!,
    group: "EMPLOYERS" as const,
    scope: "GROUP" as const,
    body: `Employers only ${i}`,
  }));
  for (let i = 0; i < visible.length; i += 1000) await db.annotation.createMany({ data: visible.slice(i, i + 1000) });
  for (let i = 0; i < hidden.length; i += 1000) await db.annotation.createMany({ data: hidden.slice(i, i + 1000) });
  const rows = Array.from({ length: replies }, (_, i) => {
    const note = visible[i % visible.length]!;
    const author = note.scope === "DELEGATION" ? pick(lk) : pick(government);
    return {
      annotationId: note.id,
      authorId: author.id,
      delegationId: author.delegationId!,
      body: `Reply ${i}: agreed, with a nuance${i % 6 === 0 ? " — @Anusha Fernando should look at this" : ""}.`,
      createdAt: new Date(Date.UTC(2013, 8, 2) + i * 60_000),
    };
  });
  for (let i = 0; i < rows.length; i += 2000) await db.annotationReply.createMany({ data: rows.slice(i, i + 2000) });
  return { themeId: theme.id, noteIds: visible.map((n) => n.id) };
}

// By hand: fill the theme on DATABASE_URL's database.
if (process.argv[1]?.endsWith("busy-theme.ts")) {
  void (async () => {
    const { createPostgresClient } = await import("@/lib/db/prisma-factory");
    const db = createPostgresClient(process.env.DATABASE_URL!, 2);
    const result = await fillBusyTheme(db, { notes: Number(process.argv[2] ?? 50), replies: Number(process.argv[3] ?? 200) });
    console.log(`Filled theme ${result.themeId}: ${result.noteIds.length} visible notes.`);
    await db.$disconnect();
  })();
}
