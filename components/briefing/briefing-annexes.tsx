import type { Translator } from "@/lib/i18n/translator";
import { SEED_CONTENT_LANGUAGE } from "@/lib/i18n/content-language";
import type { TBriefingPack } from "@/lib/briefing/types";
import { BRIEFING_LIMITS } from "@/lib/briefing/limits";
import { ActionList } from "./briefing-theme";

// Annex A (the open actions) and annex B (the instruments, with their full titles),
// each on a new printed page.
export function BriefingAnnexes({ pack, t }: { pack: TBriefingPack; t: Translator }) {
  return (
    <>
      <section id="annex-actions" aria-labelledby="annex-actions-heading" className="grid gap-2 border-t border-line pt-6 print:break-before-page print:border-0 print:pt-0">
        <h2 id="annex-actions-heading" className="text-xl font-semibold">
          {t.t("briefing.annex.actions")}
        </h2>
        <p className="text-sm text-muted">{t.t("briefing.annex.actionsIntro")}</p>
        {pack.actions.length === 0 ? <p>{t.t("briefing.annex.noActions")}</p> : <ActionList actions={pack.actions} t={t} withTheme />}
        {pack.truncated.actions ? <p className="font-medium">{t.t("briefing.truncated.actions", { count: BRIEFING_LIMITS.actions })}</p> : null}
      </section>
      <section id="annex-instruments" aria-labelledby="annex-instruments-heading" className="grid gap-2 border-t border-line pt-6 print:break-before-page print:border-0 print:pt-0">
        <h2 id="annex-instruments-heading" className="text-xl font-semibold">
          {t.t("briefing.annex.instruments")}
        </h2>
        {pack.instruments.length === 0 ? (
          <p>{t.t("briefing.annex.noInstruments")}</p>
        ) : (
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            {pack.instruments.map((i) => (
              <div key={i.code} className="contents">
                <dt className="font-mono font-semibold">{i.code}</dt>
                <dd lang={SEED_CONTENT_LANGUAGE}>{i.title}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
    </>
  );
}
