import type { Translator } from "@/lib/i18n/translator";
import type { TNoteView } from "@/lib/annotations/types";
import { noteDomId } from "@/lib/annotations/paths";
import { Markdown } from "@/components/ui/markdown";
import { Badge } from "@/components/ui/badge";
import { BADGE_CLASS, ScopeIcon } from "./scope-style";
import { NoteThread } from "./note-thread";
import { ReplyItem } from "./reply-item";
import { RevisionHistory } from "./revision-history";

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

// One note with its thread. The heading names the author's delegation and person, as
// everything written in the workspace does; the scope is said in words and shown by
// icon and border style, never by colour alone. User text goes through Markdown only.
export function NoteCard({ note, t, themeHref, tagSuggestions, headingLevel, standalone = false }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const ReplyHeading = headingLevel === 2 ? "h3" : "h4";
  const time = new Intl.DateTimeFormat(t.locale, { dateStyle: "medium", timeStyle: "short" });
  const headingId = `${noteDomId(note.id)}-heading`;
  const scopeText =
    note.scope === "DELEGATION"
      ? t.t("annotations.scopeBadge.DELEGATION", { delegation: note.delegation })
      : note.scope === "GROUP"
        ? t.t("annotations.scopeBadge.GROUP", { group: t.t(`groups.${note.group}`) })
        : t.t("annotations.scopeBadge.ALL");

  const replies =
    note.replies.length > 0 ? (
      <div className="grid gap-2 border-l-4 border-line pl-3">
        <ReplyHeading id={`${headingId}-replies`} className="text-sm font-semibold">
          {t.plural("annotations.note.replies", note.replies.length)}
        </ReplyHeading>
        <ol className="grid gap-3">
          {note.replies.map((reply) => (
            <li key={reply.id} className="grid gap-1">
              <div className="flex flex-wrap items-baseline gap-x-2 text-sm">
                <span className="font-medium">{t.t("annotations.reply.by", { delegation: reply.delegation, person: reply.author })}</span>
                <time dateTime={reply.createdAt} className="text-muted">
                  {time.format(new Date(reply.createdAt))}
                </time>
                {reply.editedAt ? <span className="text-muted">({t.t("annotations.note.edited")})</span> : null}
              </div>
              <ReplyItem
               
                reply={{ id: reply.id, version: reply.version, source: reply.source, can: reply.can }}
                body={<Markdown source={reply.body} />} />
              {standalone && reply.revisions.length > 0 ? <RevisionHistory t={t} revisions={reply.revisions} /> : null}
            </li>
          ))}
        </ol>
      </div>
    ) : null;

  return (
    <article id={noteDomId(note.id)} tabIndex={-1} aria-labelledby={headingId} className="grid gap-2 rounded border border-line bg-white p-3">
      <header className="grid gap-1">
        <Heading id={headingId} className="font-semibold">
          {t.t("annotations.note.by", { delegation: note.delegation, person: note.author })}
        </Heading>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span className={`inline-flex items-center gap-1 rounded border px-2 py-0.5 ${BADGE_CLASS[note.scope]}`}>
            <ScopeIcon scope={note.scope} />
            {scopeText}
          </span>
          {note.isNew ? <Badge tone="brand">{t.t("annotations.note.new")}</Badge> : null}
          {note.resolvedAt ? <Badge tone="ok">{t.t("annotations.note.resolved")}</Badge> : null}
          {note.hiddenAt ? <Badge>{t.t("annotations.note.hidden")}</Badge> : null}
          <time dateTime={note.createdAt} className="text-muted">
            {time.format(new Date(note.createdAt))}
          </time>
          {note.editedAt ? <span className="text-muted">({t.t("annotations.note.edited")})</span> : null}
        </div>
      </header>
      <div className="text-sm">
        {note.location.status === "theme" ? (
          <span>{t.t("annotations.note.onTheme")}</span>
        ) : note.location.status === "anchored" ? (
          <a href={`${standalone ? themeHref : ""}#p${note.location.paragraphPosition}`} className="text-brand underline underline-offset-2">
            {t.t("annotations.note.onParagraph", { number: note.location.paragraphPosition })}
          </a>
        ) : (
          <Badge tone="accent">{t.t("annotations.note.orphaned")}</Badge>
        )}
        {note.location.status === "anchored" && note.location.moved ? (
          <span className="ml-2 text-muted">{t.t("annotations.note.moved")}</span>
        ) : null}
      </div>
      {note.quote ? (
        <figure>
          <figcaption className="sr-only">{t.t("annotations.note.quote")}</figcaption>
          <blockquote className="border-l-4 border-line pl-3 text-sm italic text-muted">
            {standalone ? note.quote : shortQuote(note.quote)}
          </blockquote>
        </figure>
      ) : null}
      <NoteThread
       
        note={{
          id: note.id,
          version: note.version,
          source: note.source,
          tags: note.tags,
          can: note.can,
          href: note.href,
          resolvedAt: note.resolvedAt,
          hiddenAt: note.hiddenAt,
        }}
        tagSuggestions={tagSuggestions}
        returnTo={standalone ? themeHref : undefined}
        body={
          <div className="grid gap-2">
            <Markdown source={note.body} />
            {note.tags.length > 0 ? (
              <ul aria-label={t.t("annotations.note.tags")} className="flex flex-wrap gap-1">
                {note.tags.map((tag) => (
                  <li key={tag}>
                    <a
                      href={`${themeHref}?tag=${encodeURIComponent(tag)}`}
                      className="inline-block rounded border border-line bg-surface px-2 py-0.5 text-sm text-ink hover:bg-white"
                    >
                      <span className="sr-only">{t.t("annotations.note.filterByTag", { tag })}</span>
                      <span aria-hidden="true">#{tag}</span>
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
            {standalone && note.revisions.length > 0 ? <RevisionHistory t={t} revisions={note.revisions} /> : null}
          </div>
        }
        replies={replies}
      />
    </article>
  );
}
