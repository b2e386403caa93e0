import type { TThemeDetail } from "@/lib/dal/meetings";
import type { Translator } from "@/lib/i18n/translator";
import { SEED_CONTENT_LANGUAGE } from "@/lib/i18n/content-language";

export function InstrumentList({ instruments, t }: { instruments: TThemeDetail["instruments"]; t: Translator }) {
  if (instruments.length === 0) return <p>{t.t("theme.noInstruments")}</p>;
  return (
    <ul className="grid gap-2">
      {instruments.map((i) => (
        <li key={i.code} lang={SEED_CONTENT_LANGUAGE} className="flex gap-2">
          <abbr title={i.title} className="w-14 shrink-0 font-mono font-semibold no-underline">
            {i.code}
          </abbr>
          <span>{i.title}</span>
        </li>
      ))}
    </ul>
  );
}
