import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { findThemeForViewer } from "@/lib/dal/meetings";
import { ThemeBackground } from "@/components/themes/theme-background";
import { InstrumentList } from "@/components/themes/instrument-list";
import { KeyFigures } from "@/components/themes/key-figures";
import { ThemePositionPanel } from "@/components/positions/theme-position-panel";
import { ThemeActionsPanel } from "@/components/actions/theme-actions-panel";
import { DialoguePanel } from "@/components/carry/dialogue-panel";
import { Seeded } from "@/components/i18n/with-parts";
import { LiveWatch } from "@/components/live/live-watch";

type Params = {
  params: Promise<{ slug: string; code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load(params: Params["params"]) {
  const { slug, code } = await params;
  return findThemeForViewer(await requireViewer(), slug, decodeURIComponent(code));
}

// The title in the interface language around the theme's own (English) title; a
// <title> cannot mark a language, so the heading, which can, carries the `lang`.
export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const [t, theme] = await Promise.all([getTranslator(), load(params)]);
  return { title: theme ? t.t("theme.pageTitle", { code: theme.code, title: theme.title }) : undefined };
}

export default async function ThemePage({ params, searchParams }: Params) {
  const viewer = await requireViewer();
  const [t, theme] = await Promise.all([getTranslator(), load(params)]);
  if (!theme) notFound();
  const ttm = theme.meeting.kind === "TECHNICAL_MEETING";
  return (
    <article className="grid gap-8">
      {/* Notes, replies, actions, the position and stances of this theme, live. */}
      <LiveWatch themeId={theme.id} />
      <header>
        <nav aria-label={t.t("theme.breadcrumb")} className="mb-2 text-sm">
          <Link href={`/meetings/${theme.meeting.slug}`} className="text-brand underline-offset-2 hover:underline">
            <Seeded>{theme.meeting.title}</Seeded>
          </Link>
        </nav>
        <p className="font-mono text-sm font-semibold text-accent">{theme.code}</p>
        <h1 className="text-2xl font-semibold">
          <Seeded>{theme.title}</Seeded>
        </h1>
      </header>
      {/* The text and its notes side by side; the group's position, actions and the
          reference material below, where they do not squeeze the reading column. */}
      <ThemeBackground viewer={viewer} theme={theme} searchParams={searchParams} t={t} />
      <div className="grid gap-8 md:grid-cols-2">
        {/* A technical-meeting theme picks up the roundtables it follows up (issue 15). */}
        {ttm ? <DialoguePanel viewer={viewer} theme={theme} t={t} /> : null}
        <ThemePositionPanel viewer={viewer} theme={theme} t={t} />
        <ThemeActionsPanel viewer={viewer} theme={theme} t={t} />
        <section aria-labelledby="instruments-heading">
          <h2 id="instruments-heading" className="mb-3 text-lg font-semibold">
            {t.t("theme.instruments")}
          </h2>
          <InstrumentList instruments={theme.instruments} t={t} />
        </section>
        {/* The figures are the High-level Dialogue paper's: a technical-meeting theme
            names them so rather than passing them off as its own. */}
        {theme.keyFigures.length > 0 ? (
          <section aria-labelledby="figures-heading">
            <h2 id="figures-heading" className="mb-1 text-lg font-semibold">
              {ttm ? t.t("theme.keyFiguresTtm") : t.t("theme.keyFigures")}
            </h2>
            <KeyFigures figures={theme.keyFigures} intro={ttm ? t.t("theme.keyFiguresTtmIntro") : t.t("theme.keyFiguresIntro")} t={t} />
          </section>
        ) : null}
      </div>
    </article>
  );
}
