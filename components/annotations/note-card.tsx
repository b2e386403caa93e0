import type { Translator } from "@/lib/i18n/translator";
import type { TNoteCardData, TNoteView } from "@/lib/annotations/types";
import { RenderedMarkdown } from "@/components/ui/rendered-markdown";
import { dateTimeFormat } from "@/lib/i18n/date-format";
import { NoteCardView } from "./note-card-view";
import { RevisionHistory } from "./revision-history";
import { NoteActions } from "./note-actions";

const QUOTE_PREVIEW = 280;

/** The panel shows the opening of a long quote; the note's own page shows all of it. */
function shortQuote(quote: string): string {
  return quote.length > QUOTE_PREVIEW ? `${quote.slice(0, QUOTE_PREVIEW).trimEnd()}…` : quote;
}

type Props = {
  note: TNoteView;
  t: Translator;
  /** The theme page, for links to a paragraph or a tag filter. */
  themeHref: string;
  tagSuggestions: string[];
  headingLevel: 2 | 3;
  /** On the note's own page: history shown, and deleting returns to the theme. */
  standalone?: boolean;
};

// One note with its thread. The server renders what people wrote (user text goes
// through Markdown only) and hands the card's frame, a client component, the names,
// dates and flags around it — the bodies travel once.
export function NoteCard({ note, t, themeHref, tagSuggestions, headingLevel, standalone = false }: Props) {
  const time = dateTimeFormat(t.locale, { dateStyle: "medium", timeStyle: "short" });
  const shown = (iso: string) => ({ iso, text: time.format(new Date(iso)) });
  const data: TNoteCardData = {
    id: note.id,
    scope: note.scope,
    group: note.group,
    author: note.author,
    delegation: note.delegation,
    tags: note.tags,
    isNew: note.isNew,
    location: note.location,
    can: note.can,
    created: shown(note.createdAt),
    edited: note.editedAt !== null,
    resolved: note.resolvedAt !== null,
    hidden: note.hiddenAt !== null,
    quote: note.quote && (standalone ? note.quote : shortQuote(note.quote)),
    replyCount: note.replyCount,
  };
  return (
    <NoteCardView
      note={data}
      themeHref={themeHref}
      tagSuggestions={tagSuggestions}
      headingLevel={headingLevel}
      standalone={standalone}
      body={
        <>
          <RenderedMarkdown html={note.bodyHtml} language={note.language} />
          {standalone && note.revisions.length > 0 ? <RevisionHistory t={t} revisions={note.revisions} /> : null}
        </>
      }
      actions={<NoteActions id={`note-${note.id}`} actions={note.actions} t={t} headingLevel={headingLevel === 2 ? 3 : 4} />}
      replies={note.replies.map((reply) => ({
        data: {
          id: reply.id,
          author: reply.author,
          delegation: reply.delegation,
          can: reply.can,
          created: shown(reply.createdAt),
          edited: reply.editedAt !== null,
        },
        body: (
          <RenderedMarkdown html={reply.bodyHtml} language={reply.language} />
        ),
        history: standalone && reply.revisions.length > 0 ? <RevisionHistory t={t} revisions={reply.revisions} /> : undefined,
      }))}
    />
  );
}
