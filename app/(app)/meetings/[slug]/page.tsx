import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { SEED_CONTENT_LANGUAGE } from "@/lib/i18n/content-language";
import { Seeded } from "@/components/i18n/with-parts";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { workspaceNow } from "@/lib/time/workspace-date";
import { findMeetingForViewer } from "@/lib/dal/meetings";
import { MeetingTiming } from "@/components/meetings/meeting-timing";
import { formatMeetingDates } from "@/components/meetings/meeting-dates";
import { countThemeNotesForMeeting } from "@/lib/dal/annotations";
import { ThemeNoteCount } from "@/components/annotations/theme-note-count";
import { FootnoteList, TextWithFootnotes } from "@/components/themes/footnotes";
import { loadReferenceMaterial } from "@/lib/dal/source-notes";
import { citedNotes, footnoteMarkers } from "@/lib/themes/footnote-markers";
import { MeetingChain } from "@/components/carry/meeting-chain";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const meeting = await findMeetingForViewer(await requireViewer(), (await params).slug);
  return { title: meeting?.title };
}

export default async function MeetingPage({ params }: Params) {
  const viewer = await requireViewer();
  const { slug } = await params;
  const [t, meeting, noteCounts] = await Promise.all([
    getTranslator(),
    findMeetingForViewer(viewer, slug),
    countThemeNotesForMeeting(viewer, slug),
  ]);
  if (!meeting) notFound();
  // The paper's notes, read only when the overview cites one.
  const cites = meeting.overview.some((paragraph) => footnoteMarkers(paragraph).length > 0);
  const notes = cites ? (await loadReferenceMaterial()).notes : [];
  const known = new Set(notes.map((n) => n.number));
  const cited = citedNotes(meeting.overview, notes);
  const dates = formatMeetingDates(meeting.startsOn, meeting.endsOn, t.locale);
  return (
    <article className="grid gap-6">
      <header>
        <p className="text-sm text-muted">{t.t(`meetingKinds.${meeting.kind}`)}</p>
        <h1 className="text-2xl font-semibold" lang={SEED_CONTENT_LANGUAGE}>
          {meeting.title}
        </h1>
        <dl className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
          {meeting.venue ? (
            <div className="flex gap-1">
              <dt className="font-medium">{t.t("meeting.where")}:</dt>
              <dd lang={SEED_CONTENT_LANGUAGE}>{meeting.venue}</dd>
            </div>
          ) : null}
          {dates ? (
            <div className="flex gap-1">
              <dt className="font-medium">{t.t("meeting.when")}:</dt>
              <dd>{dates}</dd>
            </div>
          ) : null}
        </dl>
        <p className="mt-2">
          <MeetingTiming startsOn={meeting.startsOn} endsOn={meeting.endsOn} t={t} now={workspaceNow()} />
        </p>
        {meeting.themes.length > 0 ? (
          <p className="mt-2">
            <Link href={`/meetings/${meeting.slug}/positions`} className="text-brand underline underline-offset-2 hover:text-brand-strong">
              {t.t("positions.matrix.link")}
            </Link>
          </p>
        ) : null}
        <p className="mt-2">
          <Link href={`/meetings/${meeting.slug}/briefing`} className="text-brand underline underline-offset-2 hover:text-brand-strong">
            {t.t("briefing.link")}
          </Link>
        </p>
      </header>
      {meeting.overallTheme ? (
        <section aria-labelledby="overall-heading">
          <h2 id="overall-heading" className="text-lg font-semibold">
            {t.t("meeting.overallTheme")}
          </h2>
          <p lang={SEED_CONTENT_LANGUAGE}>{meeting.overallTheme}</p>
        </section>
      ) : null}
      <MeetingChain viewer={viewer} meetingSlug={meeting.slug} t={t} />
      <section aria-labelledby="themes-heading">
        <h2 id="themes-heading" className="mb-2 text-lg font-semibold">
          {t.t("meeting.themesHeading")}
        </h2>
        {meeting.themes.length === 0 ? (
          <p>{t.t("meeting.noThemes")}</p>
        ) : (
          <ol className="grid gap-2">
            {meeting.themes.map((theme) => (
              <li key={theme.code} className="rounded border border-line p-3">
                <Link
                  href={`/meetings/${meeting.slug}/themes/${encodeURIComponent(theme.code)}`}
                  className="text-brand underline-offset-2 hover:underline"
                >
                  <span className="font-semibold">{theme.code}</span> — <Seeded>{theme.title}</Seeded>
                </Link>
                <ThemeNoteCount count={noteCounts[theme.code]} t={t} />
              </li>
            ))}
          </ol>
        )}
      </section>
      {meeting.overview.length > 0 ? (
        <section aria-labelledby="overview-heading">
          <h2 id="overview-heading" className="mb-2 text-lg font-semibold">
            {t.t("meeting.overview")}
          </h2>
          <div lang={SEED_CONTENT_LANGUAGE} className="grid max-w-prose gap-3">
            {meeting.overview.map((paragraph, i) => (
              <p key={i}>
                <TextWithFootnotes text={paragraph} known={known} t={t} />
              </p>
            ))}
          </div>
          <FootnoteList id="overview-notes-heading" notes={cited} t={t} />
        </section>
      ) : null}
    </article>
  );
}
