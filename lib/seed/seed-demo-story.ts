// The demo's story (lib/seed/demo-story/): the people of the other delegations and
// what everyone wrote up to the workspace date — notes and replies, follow-up
// actions, group positions, stances, notifications and the audit trail. For the
// embedded database and for `npm run db:seed -- --demo` only, like the demo accounts
// it builds on (seed-demo.ts), never for a production database.
//
// Deterministic: every row's id and time comes from the story files, so two databases
// seeded from the same files hold the same story. Idempotent: the story goes in in
// one transaction, and a database that already holds it (its first note) is left
// alone — even where people have since edited or resolved what the story wrote.
// Fast: one argon2 hash for all the story's people, multi-row inserts.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ConstituentGroup } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-data";
import { STORY_PEOPLE } from "./demo-story/cast";
import { STORY_NOTES } from "./demo-story/notes";
import { buildStoryRows, type TStoryContext, type TStoryPersonRef, type TStoryRows } from "./demo-story/build-rows";
import { storyId } from "./demo-story/story-ids";

export type TStorySeedResult = { seeded: boolean; rows: number };

/** Whether this database already holds the story (its first note, even if since deleted). */
async function holdsStory(db: PrismaClient): Promise<boolean> {
  const first = STORY_NOTES[0];
  return Boolean(first && (await db.annotation.findUnique({ where: { id: storyId("note", first.key) }, select: { id: true } })));
}

export async function seedDemoStory(db: PrismaClient): Promise<TStorySeedResult> {
  if (await holdsStory(db)) return { seeded: false, rows: 0 };
  const known = new Set((await db.user.findMany({ where: { email: { in: STORY_PEOPLE.map((p) => p.email) } }, select: { email: true } })).map((u) => u.email));
  // Hash outside the transaction (argon2 is slow on purpose), once for all.
  const passwordHash = known.size < STORY_PEOPLE.length ? await hashPassword(DEMO_PASSWORD) : "";

  let count = 0;
  await db.$transaction(
    async (tx) => {
      const delegations = await tx.delegation.findMany({ select: { id: true, name: true, group: true } });
      const delegationByName = new Map(delegations.map((d) => [d.name, d]));
      await tx.user.createMany({
        data: STORY_PEOPLE.filter((p) => !known.has(p.email) && delegationByName.has(p.delegation)).map((p) => ({
          id: storyId("user", p.email),
          email: p.email,
          name: p.name,
          role: p.role,
          passwordHash,
          delegationId: delegationByName.get(p.delegation)!.id,
          createdAt: new Date("2013-07-15T08:00:00Z"),
        })),
        skipDuplicates: true,
      });
      const rows = buildStoryRows(await loadContext(tx, delegationByName));
      count = await insertRows(tx, rows);
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
  return { seeded: true, rows: count };
}

async function loadContext(db: Prisma.TransactionClient, delegationByName: Map<string, { id: string; name: string; group: ConstituentGroup }>): Promise<TStoryContext> {
  const emails = [...DEMO_ACCOUNTS.map((a) => a.email), ...STORY_PEOPLE.map((p) => p.email)];
  const [users, themes, meetings, positions, stances] = await Promise.all([
    db.user.findMany({
      where: { OR: [{ email: { in: emails } }, { active: true, delegation: { active: true } }] },
      select: { id: true, email: true, name: true, role: true, active: true, delegation: { select: { id: true, name: true, group: true, active: true } } },
    }),
    db.theme.findMany({
      select: { id: true, code: true, title: true, meetingId: true, meeting: { select: { slug: true } }, paragraphs: { orderBy: { position: "asc" }, select: { id: true, position: true, text: true } } },
    }),
    db.meeting.findMany({ select: { id: true, slug: true } }),
    db.groupPosition.findMany({ select: { themeId: true, group: true } }),
    db.stance.findMany({ select: { themeId: true, delegationId: true } }),
  ]);
  // What people wrote before the story arrived stays theirs: the story skips it.
  const positionTaken = new Set(positions.map((p) => `${p.themeId}|${p.group}`));
  const stanceTaken = new Set(stances.map((s) => `${s.themeId}|${s.delegationId}`));
  const people = new Map<string, TStoryPersonRef>();
  for (const u of users) {
    if (!u.delegation) continue;
    people.set(u.email, { id: u.id, email: u.email, name: u.name, role: u.role, delegationId: u.delegation.id, delegationName: u.delegation.name, group: u.delegation.group });
  }
  const themeByCode = new Map(themes.map((t) => [t.code, { id: t.id, code: t.code, title: t.title, meetingId: t.meetingId, meetingSlug: t.meeting.slug, paragraphs: t.paragraphs }]));
  const members = (group: ConstituentGroup) =>
    users
      .filter((u) => u.active && u.delegation?.active && u.delegation.group === group)
      .map((u) => ({ id: u.id, email: u.email }))
      .sort((a, b) => a.email.localeCompare(b.email));
  return {
    person(email) {
      const person = people.get(email);
      if (!person) throw new Error(`demo story: no account ${email} with a delegation`);
      return person;
    },
    theme: (code) => themeByCode.get(code),
    meetingId: (slug) => meetings.find((m) => m.slug === slug)?.id,
    delegationId: (name) => delegationByName.get(name)?.id,
    headOf: (name) => [...people.values()].filter((p) => p.delegationName === name && p.role === "HEAD_OF_DELEGATION").sort((a, b) => a.email.localeCompare(b.email))[0],
    groupMembers: members,
    hasPosition: (themeId, group) => positionTaken.has(`${themeId}|${group}`),
    hasStance: (themeId, delegationId) => stanceTaken.has(`${themeId}|${delegationId}`),
  };
}

async function insertRows(db: Prisma.TransactionClient, rows: TStoryRows): Promise<number> {
  // Parents before children (foreign keys), each table in one statement.
  await db.annotation.createMany({ data: rows.annotations });
  await db.annotationReply.createMany({ data: rows.replies });
  await db.followUpAction.createMany({ data: rows.actions });
  await db.actionEvent.createMany({ data: rows.actionEvents });
  await db.actionComment.createMany({ data: rows.actionComments });
  await db.groupPosition.createMany({ data: rows.positions });
  await db.positionRevision.createMany({ data: rows.positionRevisions });
  await db.positionAgreement.createMany({ data: rows.positionAgreements });
  await db.stance.createMany({ data: rows.stances });
  await db.stanceChange.createMany({ data: rows.stanceChanges });
  await db.notification.createMany({ data: rows.notifications });
  await db.auditLog.createMany({ data: rows.audit });
  return Object.values(rows).reduce((n, list) => n + list.length, 0);
}
