import { setLocaleAction } from "@/lib/actions/locale";
import { LOCALES, type TLocale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/translator";

// Plain form buttons: works without JavaScript and by keyboard. Each language name is
// written in its own language and marked with its lang for screen readers.
export function LanguageSwitcher({ t }: { t: Translator }) {
  return (
    <form action={setLocaleAction} className="flex items-center gap-1" aria-label={t.t("nav.language")}>
      <span className="sr-only">{t.t("nav.language")}</span>
      {LOCALES.map((locale: TLocale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === t.locale}
          className="rounded px-2 py-1 text-sm underline-offset-2 hover:underline aria-pressed:bg-white aria-pressed:font-semibold aria-pressed:text-brand-strong"
        >
          {t.t(`languages.${locale}`)}
        </button>
      ))}
    </form>
  );
}
