import { Link } from "@/components/ui/link";
import type { Viewer } from "@/lib/auth/viewer";
import type { Translator } from "@/lib/i18n/translator";
import { listRecentNotesForViewer } from "@/lib/dal/annotations";
import { BADGE_CLASS, ScopeIcon } from "./scope-style";
import { dateTimeFormat } from "@/lib/i18n/date-format";
import { Seeded, withParts } from "@/components/i18n/with-parts";
import { langOf } from "@/lib/i18n/content-language";

// Home page: the latest notes by others that the viewer may see, each linking to the
// note's own page. The excerpt is plain text (React escapes it), not Markdown.
export async function HomeNotesPanel({ viewer, t }: { viewer: Viewer; t: Translator }) {
  const notes = await listRecentNotesForViewer(viewer);
  const time = dateTimeFormat(t.locale, { dateStyle: "medium" });
  return (
    <section aria-labelledby="recent-notes-heading">
      <h2 id="recent-notes-heading" className="mb-3 text-lg font-semibold">
        {t.t("annotations.home.heading")}
      </h2>
      {notes.length === 0 ? (
        <p>{t.t("annotations.home.empty")}</p>
      ) : (
        <ul className="grid gap-2">
          {notes.map((note) => (
            <li key={note.id} className="grid gap-1 rounded border border-line p-3">
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <Link href={note.href} className="font-medium text-brand underline-offset-2 hover:underline">
                  {withParts(t.t("annotations.note.by"), { delegation: <Seeded>{note.delegation}</Seeded>, person: note.author })}
                </Link>
                <span>
                  {withParts(t.t("annotations.home.onTheme"), {
                    theme: (
                      <>
                        {note.theme.code} — <Seeded>{note.theme.title}</Seeded>
                      </>
                    ),
                  })}
                </span>
                <span className={BADGE_CLASS[note.scope]}>
                  <ScopeIcon scope={note.scope} />
                  {t.t(`annotations.scopes.${note.scope}`)}
                </span>
                <time dateTime={note.createdAt.toISOString()} className="text-muted">
                  {time.format(note.createdAt)}
                </time>
                {note.replyCount > 0 ? <span className="text-muted">{t.plural("annotations.home.replies", note.replyCount)}</span> : null}
              </div>
              <p lang={langOf(note.language)} className="line-clamp-2 whitespace-pre-line break-words text-sm">
                {note.excerpt}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
