import "server-only";
// Finding the people @[Full name] mentions name, in one query for a text being
// written. Which of them count (those who can read the note) is decided in
// lib/annotations/mentions.ts with the visibility rule of lib/authz.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { indexMentionable, mentionedNames, type TMentionable } from "@/lib/annotations/mentions";

/** Active people whose names appear as mentions in any of the texts, keyed by normalised name. */
export async function findMentionablePeople(
  texts: string[],
  client: Prisma.TransactionClient = db,
): Promise<Map<string, TMentionable[]>> {
  const names = [...new Set(texts.flatMap(mentionedNames))];
  if (names.length === 0) return new Map();
  const people = await client.user.findMany({
    where: {
      active: true,
      OR: names.slice(0, 200).map((name) => ({ name: { equals: name, mode: "insensitive" as const } })),
    },
    // No e-mail: a mention links to the person's page (lib/dal/people.ts), never an address.
    select: { id: true, name: true, delegation: { select: { id: true, group: true, active: true } } },
  });
  return indexMentionable(people);
}
