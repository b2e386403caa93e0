// @mentions in notes and replies. A mention is written @[Full name] (the composer
// offers the names of the people who can read the note), so names with spaces and
// accents need no guessing. Only people who can read the note are notified or linked;
// anyone else stays plain text. Links are made when the text is written and stored
// in the rendered HTML (lib/markdown/note-text.ts), so no page looks people up per view.
import { canSeeScoped } from "@/lib/authz/visibility";
import type { ConstituentGroup, Scope } from "@/lib/generated/prisma/enums";

const MENTION = /@\[([^\]\n]{1,120})\]/g;

const key = (name: string) => name.trim().replace(/\s+/g, " ").toLocaleLowerCase("en");

/** The distinct names mentioned in a text, in order of first mention. */
export function mentionedNames(body: string): string[] {
  const seen = new Map<string, string>();
  for (const match of body.matchAll(MENTION)) {
    const name = (match[1] ?? "").trim().replace(/\s+/g, " ");
    if (name && !seen.has(key(name))) seen.set(key(name), name);
  }
  return [...seen.values()];
}

/** Normalised form used to compare a mentioned name with a person's name. */
export const mentionKey = key;

/** Escapes the characters that would end or nest a Markdown link label. */
function escapeLabel(text: string): string {
  return text.replace(/[\\[\]*_`<>]/g, (c) => `\\${c}`);
}

/**
 * Rewrites resolvable mentions as Markdown links before rendering. The link target
 * comes from the resolver (our own data), never from the text; the Markdown renderer
 * still filters every URL.
 */
export function linkMentions(body: string, resolve: (name: string) => { href: string } | null): string {
  return body.replace(MENTION, (whole, raw: string) => {
    const name = raw.trim().replace(/\s+/g, " ");
    const target = resolve(name);
    return target ? `[@${escapeLabel(name)}](${encodeURI(target.href).replace(/\(/g, "%28").replace(/\)/g, "%29")})` : whole;
  });
}

// ── Resolving mentions to people, at write time

/** A person a mention may name; found by lib/dal/annotations-mentions.ts or the re-render step. */
export type TMentionable = { id: string; name: string; delegation: { id: string; group: ConstituentGroup } | null };

/** A person row as both finders read it: inactive delegations are dropped here. */
export type TMentionableRow = { id: string; name: string; delegation: { id: string; group: ConstituentGroup; active: boolean } | null };

type TScoped = { scope: Scope; delegationId: string; group: ConstituentGroup };

/** People keyed by normalised name (several people may share one). */
export function indexMentionable(rows: TMentionableRow[]): Map<string, TMentionable[]> {
  const byName = new Map<string, TMentionable[]>();
  for (const person of rows) {
    if (person.delegation && !person.delegation.active) continue;
    const k = key(person.name);
    const delegation = person.delegation ? { id: person.delegation.id, group: person.delegation.group } : null;
    byName.set(k, [...(byName.get(k) ?? []), { id: person.id, name: person.name, delegation }]);
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
  return mentionedNames(text).flatMap((name) => (people.get(key(name)) ?? []).filter((p) => personCanRead(p, note)));
}
