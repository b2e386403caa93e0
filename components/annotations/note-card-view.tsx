"use client";
// The frame of one note and its thread: who wrote it, for whom, when, where in the
// text, its tags, controls and replies. A client component so that this repeated
// frame is sent once, as HTML, with only names, dates and flags as data; the bodies
// are rendered on the server into the `body` slots (issue 9). The scope is said in
// words and shown by icon and border style, never by colour alone.
import type { ReactNode } from "react";
import { useTranslator } from "@/lib/i18n/client-translator";
import type { TNoteCardData, TReplyCardData } from "@/lib/annotations/types";
import { noteDomId } from "@/lib/annotations/paths";
import { SEED_CONTENT_LANGUAGE } from "@/lib/i18n/content-language";
import { Badge } from "@/components/ui/badge";
import { BADGE_CLASS, ScopeIcon } from "./scope-style";
import { NoteThread } from "./note-thread";
import { ReplyItem } from "./reply-item";
import { Seeded, withParts } from "@/components/i18n/with-parts";

export type TReplySlot = { data: TReplyCardData; body: ReactNode; history?: ReactNode };

type Props = {
  note: TNoteCardData;
  /** The theme page, for links to a paragraph, a tag filter and the note's page. */
  themeHref: string;
  tagSuggestions: string[];
  headingLevel: 2 | 3;
  /** On the note's own page: every reply shown, deleting returns to the theme. */
  standalone: boolean;
  body: ReactNode;
  /** The actions made from the note (server-rendered; nothing when there are none). */
  actions?: ReactNode;
  replies: TReplySlot[];
};

export function NoteCardView({ note, themeHref, tagSuggestions, headingLevel, standalone, body, actions, replies }: Props) {
  const t = useTranslator();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const ReplyHeading = headingLevel === 2 ? "h3" : "h4";
  const headingId = `${noteDomId(note.id)}-heading`;
  const scopeText =
    note.scope === "DELEGATION"
      ? withParts(t.t("annotations.scopeBadge.DELEGATION"), { delegation: <Seeded>{note.delegation}</Seeded> })
      : note.scope === "GROUP"
        ? t.t("annotations.scopeBadge.GROUP", { group: t.t(`groups.${note.group}`) })
        : t.t("annotations.scopeBadge.ALL");
  // The panel gets the first replies only (lib/annotations/panel-size.ts);
  // the rest are a link away, on the note's page, rather than rendered and hidden.
  const notShown = Math.max(0, note.replyCount - replies.length);
  const repliesId = `${headingId}-replies`;
  const reply = ({ data, body: replyBody, history }: TReplySlot) => (
    <li key={data.id} id={`reply-${data.id}`} tabIndex={-1} className="grid gap-1">
      <div className="reply-meta">
        <span className="font-medium">{withParts(t.t("annotations.reply.by"), { delegation: <Seeded>{data.delegation}</Seeded>, person: data.author })}</span>
        <time dateTime={data.created.iso} className="text-muted">
          {data.created.text}
        </time>
        {data.edited ? <span className="text-muted">({t.t("annotations.note.edited")})</span> : null}
      </div>
      <ReplyItem reply={data} body={replyBody} />
      {history}
    </li>
  );

  return (
    <article id={noteDomId(note.id)} tabIndex={-1} aria-labelledby={headingId} className="note-card">
      <header className="grid gap-1">
        <Heading id={headingId} className="font-semibold">
          {withParts(t.t("annotations.note.by"), { delegation: <Seeded>{note.delegation}</Seeded>, person: note.author })}
        </Heading>
        <div className="note-meta">
          <span className={BADGE_CLASS[note.scope]}>
            <ScopeIcon scope={note.scope} />
            {scopeText}
          </span>
          {note.isNew ? <Badge tone="brand">{t.t("annotations.note.new")}</Badge> : null}
          {note.resolved ? <Badge tone="ok">{t.t("annotations.note.resolved")}</Badge> : null}
          {note.hidden ? <Badge>{t.t("annotations.note.hidden")}</Badge> : null}
          <time dateTime={note.created.iso} className="text-muted">
            {note.created.text}
          </time>
          {note.edited ? <span className="text-muted">({t.t("annotations.note.edited")})</span> : null}
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
        {note.location.status === "anchored" && note.location.moved ? <span className="ml-2 text-muted">{t.t("annotations.note.moved")}</span> : null}
      </div>
      {note.quote ? (
        <figure>
          <figcaption className="sr-only">{t.t("annotations.note.quote")}</figcaption>
          <blockquote lang={SEED_CONTENT_LANGUAGE} className="border-l-4 border-line pl-3 text-sm italic text-muted">
            {note.quote}
          </blockquote>
        </figure>
      ) : null}
      <NoteThread
        note={{ id: note.id, tags: note.tags, can: note.can, href: `${themeHref}/notes/${note.id}`, resolved: note.resolved, hidden: note.hidden }}
        tagSuggestions={tagSuggestions}
        returnTo={standalone ? themeHref : undefined}
        body={
          <div className="grid gap-2">
            {body}
            {note.tags.length > 0 ? (
              <ul aria-label={t.t("annotations.note.tags")} className="flex flex-wrap gap-1">
                {note.tags.map((tag) => (
                  <li key={tag}>
                    <a href={`${themeHref}?tag=${encodeURIComponent(tag)}`} className="tag-link">
                      <span className="sr-only">{t.t("annotations.note.filterByTag", { tag })}</span>
                      <span aria-hidden="true">#{tag}</span>
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
            {actions}
          </div>
        }
        replies={
          note.replyCount > 0 ? (
            <div className="thread">
              <ReplyHeading id={repliesId} className="text-sm font-semibold">
                {t.plural("annotations.note.replies", note.replyCount)}
              </ReplyHeading>
              <ol className="grid gap-3">{replies.map(reply)}</ol>
              {notShown > 0 && !standalone ? (
                <a href={`${themeHref}/notes/${note.id}#${repliesId}`} className="text-sm font-medium text-brand underline underline-offset-2">
                  {t.plural("annotations.note.moreReplies", notShown)}
                </a>
              ) : null}
            </div>
          ) : null
        }
      />
    </article>
  );
}
