import type { Viewer } from "@/lib/auth/viewer";
import type { TThemeDetail } from "@/lib/dal/meetings";
import type { Translator } from "@/lib/i18n/translator";
import { loadThemeNotes } from "@/lib/dal/annotations";
import { ZNoteFilters } from "@/lib/validation/annotations";
import { canWriteNotes } from "@/lib/annotations/rules";
import { themePath } from "@/lib/annotations/paths";
import { AnnotationWorkspace } from "@/components/annotations/annotation-workspace";
import { AnnotatedParagraphs } from "@/components/annotations/annotated-paragraphs";
import { NotesPanel } from "@/components/annotations/notes-panel";
import { NoteAnnouncer } from "@/components/annotations/note-announcer";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CLIENT_MESSAGES } from "@/lib/i18n/client-messages";
import { citedNotes } from "@/lib/themes/footnote-markers";
import { FootnoteList } from "./footnotes";
import { MissingBackground } from "./missing-background";

type TSearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

// The top of a theme page: the background text with its highlights, and the notes
// panel beside it in reading order (below it on narrow screens). Both come
// from one load of the theme's notes (lib/dal/annotations.ts).
export async function ThemeBackground({
  viewer,
  theme,
  searchParams,
  t,
}: {
  viewer: Viewer;
  theme: TThemeDetail;
  searchParams: Promise<TSearchParams>;
  t: Translator;
}) {
  const query = await searchParams;
  const filters = ZNoteFilters.parse({
    scope: first(query.scope),
    delegation: first(query.delegation),
    status: first(query.status),
    tag: first(query.tag),
    page: first(query.page),
  });
  const data = await loadThemeNotes(viewer, theme, JSON.stringify(filters));
  const footnotes = new Set(theme.sourceNotes.map((n) => n.number));
  const cited = citedNotes(data.paragraphs.map((p) => p.text), theme.sourceNotes);
  const themeHref = themePath(theme.meeting.slug, theme.code);
  const groupLabel = viewer.delegation ? t.t(`groups.${viewer.delegation.group}`) : "";
  return (
    <ClientMessages paths={CLIENT_MESSAGES.annotations}>
      <AnnotationWorkspace>
        <NoteAnnouncer />
        <div className="grid content-start gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <section aria-labelledby="background-heading">
            <h2 id="background-heading" className="mb-3 text-lg font-semibold">
              {t.t("theme.background")}
            </h2>
            {data.paragraphs.length === 0 ? (
              <MissingBackground theme={theme} t={t} />
            ) : (
              <AnnotatedParagraphs
                paragraphs={data.paragraphs}
                footnotes={footnotes}
                highlightNotes={data.highlightNotes}
                notesOnPage={new Set(data.notes.map((n) => n.id))}
                canAnnotate={canWriteNotes(viewer)}
                t={t}
              />
            )}
            <FootnoteList id="theme-notes-heading" notes={cited} t={t} />
          </section>
          <NotesPanel viewer={viewer} t={t} theme={theme} themeHref={themeHref} data={data} filters={filters} groupLabel={groupLabel} />
        </div>
      </AnnotationWorkspace>
    </ClientMessages>
  );
}
