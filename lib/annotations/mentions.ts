// @mentions in notes and replies. A mention is written @[Full name] (the composer
// offers the names of the people who can read the note), so names with spaces and
// accents need no guessing. Only people who can read the note are notified or linked;
// anyone else stays plain text.

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
