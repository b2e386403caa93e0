export const LOCALES = ["en", "fr", "es"] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = "en";
export const LOCALE_COOKIE = "locale";

export function isLocale(value: unknown): value is TLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Picks the best supported language from an Accept-Language header. */
export function localeFromAcceptLanguage(header: string | null): TLocale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", q = "q=1"] = part.trim().split(";");
      return { language: tag.toLowerCase().split("-")[0], weight: Number(q.replace("q=", "")) || 0 };
    })
    .sort((a, b) => b.weight - a.weight);
  return ranked.map((r) => r.language).find(isLocale) ?? null;
}
