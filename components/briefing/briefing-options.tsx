import type { Translator } from "@/lib/i18n/translator";
import type { TBriefingPack } from "@/lib/briefing/types";
import { briefingQuery, includesTheme } from "@/lib/briefing/options";
import { themeHeading } from "@/lib/briefing/labels";
import { PrintButton } from "./print-button";

// The pack's options as a plain GET form, so the choice lives in the URL and the PDF
// link below asks for exactly the pack on screen. Not printed.
export function BriefingOptions({ pack, t }: { pack: TBriefingPack; t: Translator }) {
  const pdfHref = `/meetings/${encodeURIComponent(pack.meeting.slug)}/briefing.pdf${briefingQuery(pack.options)}`;
  return (
    <section aria-labelledby="briefing-options-heading" className="grid gap-3 rounded border border-line bg-surface p-4 print:hidden">
      <h2 id="briefing-options-heading" className="text-lg font-semibold">
        {t.t("briefing.options.heading")}
      </h2>
      <form method="get" className="grid gap-4">
        <fieldset className="grid gap-1" aria-describedby="briefing-themes-hint">
          <legend className="font-medium">{t.t("briefing.options.themes")}</legend>
          <p id="briefing-themes-hint" className="text-sm text-muted">
            {t.t("briefing.options.themesHint")}
          </p>
          {pack.allThemes.map((theme) => (
            <label key={theme.code} className="flex items-start gap-2">
              <input type="checkbox" name="theme" value={theme.code} defaultChecked={includesTheme(pack.options, theme.code)} className="mt-1" />
              <span>{themeHeading(theme)}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="grid gap-1">
          <legend className="font-medium">{t.t("briefing.options.threads")}</legend>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="resolved" value="1" defaultChecked={pack.options.resolved} />
            {t.t("briefing.options.resolved")}
          </label>
        </fieldset>
        {pack.audience ? (
          <fieldset className="grid gap-1">
            <legend className="font-medium">{t.t("briefing.options.scope")}</legend>
            <label className="flex items-center gap-2">
              <input type="radio" name="scope" value="group" defaultChecked={pack.options.scope === "group"} />
              {t.t("briefing.options.scopeGroup")}
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="scope" value="delegation" defaultChecked={pack.options.scope === "delegation"} />
              {t.t("briefing.options.scopeDelegation")}
            </label>
          </fieldset>
        ) : (
          <p className="text-sm">{t.t("briefing.options.publicOnly")}</p>
        )}
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong">
            {t.t("briefing.options.update")}
          </button>
          <a href={pdfHref} className="text-brand underline underline-offset-2 hover:text-brand-strong">
            {t.t("briefing.options.pdf")}
          </a>
          <PrintButton label={t.t("briefing.options.print")} />
        </div>
      </form>
    </section>
  );
}
