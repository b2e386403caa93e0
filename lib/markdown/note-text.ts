// A note's or reply's text as stored HTML: Markdown with its @mentions linked. Kept
// apart from lib/annotations/mentions.ts so that the name rules stay light enough for
// any module, while the renderer (parser and sanitiser) stays on the server.
import type { ConstituentGroup, Scope } from "@/lib/generated/prisma/enums";
import { linkMentions, mentionKey, personCanRead, type TMentionable } from "@/lib/annotations/mentions";
import { renderMarkdown } from "./render";

type TScoped = { scope: Scope; delegationId: string; group: ConstituentGroup };

/** A person's page; that page decides itself who may open it (404 otherwise). */
export const personPath = (userId: string) => `/people/${encodeURIComponent(userId)}`;

/**
 * The safe HTML of a note's or reply's text: a mention of someone who can read the
 * note links to their page (never to an e-mail address); any other stays plain text.
 */
export function renderNoteText(text: string, note: TScoped, people: Map<string, TMentionable[]>): string {
  return renderMarkdown(
    linkMentions(text, (name) => {
      const reader = (people.get(mentionKey(name)) ?? []).find((p) => personCanRead(p, note));
      return reader ? { href: personPath(reader.id) } : null;
    }),
  );
}
