import type { Viewer } from "@/lib/auth/viewer";
import type { Translator } from "@/lib/i18n/translator";
import type { TThemeNotes } from "@/lib/dal/annotations";
import { NOTES_PAGE_SIZE } from "@/lib/annotations/panel-size";
import type { TNoteFilters } from "@/lib/validation/annotations";
import { scopesFor } from "@/lib/annotations/rules";
import type { Scope } from "@/lib/generated/prisma/enums";
import { NoteCard } from "./note-card";
import { NoteComposer } from "./note-composer";
import { NoteFilters } from "./note-filters";
import { ThemeNoteButton } from "./theme-note-button";
import { MarkNotesSeen } from "./mark-notes-seen";
import { BADGE_CLASS, ScopeIcon } from "./scope-style";

type Props = {
  viewer: Viewer;
  t: Translator;
  theme: { id: string };
  themeHref: string;
  data: TThemeNotes;
  filters: TNoteFilters;
  groupLabel: string;
};

function pageHref(themeHref: string, filters: TNoteFilters, page: number): string {
  const query = new URLSearchParams();
  for (const key of ["scope", "delegation", "status", "tag"] as const) {
    const value = filters[key];
    if (value) query.set(key, value);
  }
  if (page > 1) query.set("page", String(page));
  const qs = query.toString();
  return `${themeHref}${qs ? `?${qs}` : ""}#notes-heading`;
}

// The notes of a theme, in text order, one page at a time, with the composer, the
// filters and the key to highlight styles.
export function NotesPanel({ viewer, t, theme, themeHref, data, filters, groupLabel }: Props) {
  const scopes = scopesFor(viewer);
  const from = (data.page - 1) * NOTES_PAGE_SIZE + 1;
  const to = from + data.notes.length - 1;
  return (
    <section aria-labelledby="notes-heading" className="grid content-start gap-4">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        {/* Focus lands here when the note that had it leaves the panel (deleted). */}
        <h2 id="notes-heading" tabIndex={-1} className="text-lg font-semibold">
          {t.t("annotations.panel.heading")}
        </h2>
        <span className="text-sm text-muted" data-testid="notes-count">
          {t.plural("annotations.panel.count", data.overall.total)}
          {data.overall.fresh > 0 ? `, ${t.plural("annotations.panel.fresh", data.overall.fresh)}` : ""}
          {data.overall.orphaned > 0 ? `, ${t.plural("annotations.panel.orphaned", data.overall.orphaned)}` : ""}
        </span>
      </div>
      {data.overall.fresh > 0 ? <MarkNotesSeen themeId={theme.id} /> : null}

      {scopes.length > 0 ? (
        <div className="grid gap-2">
          <span className="text-sm text-muted">{t.t("annotations.background.selectionHint")}</span>
          <div>
            <ThemeNoteButton label={t.t("annotations.panel.noteOnTheme")} />
          </div>
          <NoteComposer
           
            themeId={theme.id}
            scopes={scopes}
            delegation={viewer.delegation?.name ?? ""}
            group={groupLabel}
            tagSuggestions={data.facets.tags}
          />
        </div>
      ) : (
        <p className="text-sm text-muted">{t.t("annotations.panel.readOnly")}</p>
      )}

      <div>
        <h3 className="sr-only">{t.t("annotations.legend.heading")}</h3>
        <ul aria-label={t.t("annotations.legend.heading")} className="flex flex-wrap gap-2 text-sm">
          {(["DELEGATION", "GROUP", "ALL"] as Scope[]).map((scope) => (
            <li key={scope} className={BADGE_CLASS[scope]}>
              <ScopeIcon scope={scope} />
              {t.t(`annotations.legend.${scope}`)}
            </li>
          ))}
        </ul>
      </div>

      <NoteFilters t={t} action={themeHref} filters={filters} delegations={data.facets.delegations} tags={data.facets.tags} />

      {data.total === 0 ? (
        <p>{data.overall.total === 0 ? t.t("annotations.panel.empty") : t.t("annotations.panel.emptyFiltered")}</p>
      ) : (
        <>
          <p className="text-sm text-muted">{t.t("annotations.panel.showing", { from, to, total: data.total })}</p>
          <ol className="grid gap-3">
            {data.notes.map((note) => (
              <li key={note.id}>
                <NoteCard note={note} t={t} themeHref={themeHref} tagSuggestions={data.facets.tags} headingLevel={3} />
              </li>
            ))}
          </ol>
          {data.pageCount > 1 ? (
            <nav aria-label={t.t("annotations.panel.pagination")} className="flex flex-wrap items-center gap-3">
              {data.page > 1 ? (
                <a href={pageHref(themeHref, filters, data.page - 1)} className="text-brand underline underline-offset-2">
                  {t.t("annotations.panel.previous")}
                </a>
              ) : null}
              <span className="text-sm">{t.t("annotations.panel.pageOf", { page: data.page, pages: data.pageCount })}</span>
              {data.page < data.pageCount ? (
                <a href={pageHref(themeHref, filters, data.page + 1)} className="text-brand underline underline-offset-2">
                  {t.t("annotations.panel.next")}
                </a>
              ) : null}
            </nav>
          ) : null}
        </>
      )}
    </section>
  );
}
