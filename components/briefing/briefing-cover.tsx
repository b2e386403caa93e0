import type { Translator } from "@/lib/i18n/translator";
import { SEED_CONTENT_LANGUAGE } from "@/lib/i18n/content-language";
import type { TBriefingPack } from "@/lib/briefing/types";
import { coverLines, markingText, themeHeading } from "@/lib/briefing/labels";

export const themeAnchor = (code: string) => `theme-${encodeURIComponent(code)}`;

// The cover and the contents. Printed pages carry no page numbers (browsers cannot
// number a contents page); the PDF has them.
export function BriefingCover({ pack, t }: { pack: TBriefingPack; t: Translator }) {
  return (
    <>
      <section aria-labelledby="briefing-title" className="grid gap-4">
        <p className="w-fit rounded border-2 border-danger px-3 py-1 font-semibold uppercase tracking-wide text-danger">{markingText(pack, t)}</p>
        <div>
          <p className="text-sm text-muted">{t.t(`meetingKinds.${pack.meeting.kind}`)}</p>
          <h1 id="briefing-title" className="text-2xl font-semibold">
            {t.t("briefing.title")}
            <span className="block text-xl" lang={SEED_CONTENT_LANGUAGE}>
              {pack.meeting.title}
            </span>
          </h1>
          {pack.audience ? null : <p className="mt-1 font-medium">{t.t("briefing.cover.publicPack")}</p>}
        </div>
        <dl className="grid max-w-prose grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          {coverLines(pack, t).map((line) => (
            <div key={line.label} className="contents">
              <dt className="font-medium">{line.label}</dt>
              <dd>{line.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <nav aria-labelledby="briefing-contents-heading" className="grid gap-2">
        <h2 id="briefing-contents-heading" className="text-lg font-semibold">
          {t.t("briefing.contents")}
        </h2>
        <ol className="grid gap-1">
          {pack.themes.map((theme) => (
            <li key={theme.code}>
              <a href={`#${themeAnchor(theme.code)}`} className="text-brand underline underline-offset-2" lang={SEED_CONTENT_LANGUAGE}>
                {themeHeading(theme)}
              </a>
            </li>
          ))}
          <li>
            <a href="#annex-actions" className="text-brand underline underline-offset-2">
              {t.t("briefing.annex.actions")}
            </a>
          </li>
          <li>
            <a href="#annex-instruments" className="text-brand underline underline-offset-2">
              {t.t("briefing.annex.instruments")}
            </a>
          </li>
        </ol>
      </nav>
    </>
  );
}
