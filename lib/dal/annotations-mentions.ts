import "server-only";
// Resolving @[Full name] mentions to people, in one query for a whole page of notes.
// A mention counts only if the person can read the note it is in; the rule is the
// visibility rule of lib/authz, applied to that person as a viewer.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canSeeScoped } from "@/lib/authz/visibility";
import { mentionKey, mentionedNames } from "@/lib/annotations/mentions";
import type { ConstituentGroup, Scope } from "@/lib/generated/prisma/enums";

export type TMentionable = {
  id: string;
  name: string;
  delegation: { id: string; group: ConstituentGroup } | null;
};

type TScoped = { scope: Scope; delegationId: string; group: ConstituentGroup };

/** Active people whose names appear as mentions in any of the texts, keyed by normalised name. */
export async function findMentionablePeople(
  texts: string[],
  client: Prisma.TransactionClient = db,
): Promise<Map<string, TMentionable[]>> {
  const names = [...new Set(texts.flatMap(mentionedNames))];
  const byName = new Map<string, TMentionable[]>();
  if (names.length === 0) return byName;
  const people = await client.user.findMany({
    where: {
      active: true,
      OR: names.slice(0, 200).map((name) => ({ name: { equals: name, mode: "insensitive" as const } })),
    },
    // No e-mail: a mention links to the person's page (lib/dal/people.ts), never an address.
    select: { id: true, name: true, delegation: { select: { id: true, group: true, active: true } } },
  });
  for (const person of people) {
    if (person.delegation && !person.delegation.active) continue;
    const k = mentionKey(person.name);
    byName.set(k, [...(byName.get(k) ?? []), { ...person, delegation: person.delegation }]);
  }
  return byName;
}

/** Whether a person could read a note of this scope (the same rule as for any viewer). */
export function personCanRead(person: TMentionable, note: TScoped): boolean {
  const delegation = person.delegation ? { id: person.delegation.id, name: "", group: person.delegation.group } : null;
  return canSeeScoped({ delegation }, note);
}

/** The readers of a note mentioned in a text. */
export function mentionedReaders(text: string, note: TScoped, people: Map<string, TMentionable[]>): TMentionable[] {
  return mentionedNames(text).flatMap((name) => (people.get(mentionKey(name)) ?? []).filter((p) => personCanRead(p, note)));
}
