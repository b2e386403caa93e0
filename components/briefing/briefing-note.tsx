import type { Translator } from "@/lib/i18n/translator";
import { SEED_CONTENT_LANGUAGE } from "@/lib/i18n/content-language";
import type { TBriefingNote } from "@/lib/briefing/types";
import { noteByline, notePlace, noteScopeText } from "@/lib/briefing/labels";
import { BADGE_CLASS, ScopeIcon } from "@/components/annotations/scope-style";
import { RenderedMarkdown } from "@/components/ui/rendered-markdown";

// One thread of the pack: the note (its scope in words, icon and border style), the
// passage it quotes and its replies. Bodies are the stored HTML.
export function BriefingNote({ note, themeCode, t }: { note: TBriefingNote; themeCode: string; t: Translator }) {
  const headingId = `briefing-note-${note.id}`;
  return (
    <article aria-labelledby={headingId} className="note-card break-inside-avoid-page">
      <h4 id={headingId} className="flex flex-wrap items-center gap-2 font-semibold">
        <span>
          {t.t("briefing.theme.note", { number: note.number })}
          <span className="sr-only"> ({themeCode})</span>
        </span>
        <span className={`${BADGE_CLASS[note.scope]} text-sm font-normal`}>
          <ScopeIcon scope={note.scope} />
          {noteScopeText(note, t)}
        </span>
      </h4>
      <p className="text-sm text-muted">
        {noteByline(note, t)} · {notePlace(note, t)}
      </p>
      {note.quote ? <blockquote lang={SEED_CONTENT_LANGUAGE} className="border-l-4 border-line pl-3 italic">“{note.quote}”</blockquote> : null}
      <RenderedMarkdown html={note.bodyHtml} language={note.language} />
      {note.replies.length > 0 ? (
        <div className="thread">
          <p className="text-sm font-semibold">{t.t("briefing.theme.replies")}</p>
          <ol className="grid gap-2">
            {note.replies.map((reply) => (
              <li key={reply.id} className="grid gap-1">
                <p className="text-sm text-muted">{noteByline(reply, t)}</p>
                <RenderedMarkdown html={reply.bodyHtml} language={reply.language} />
              </li>
            ))}
          </ol>
          {note.moreReplies > 0 ? <p className="text-sm">{t.plural("briefing.theme.moreReplies", note.moreReplies)}</p> : null}
        </div>
      ) : null}
    </article>
  );
}
