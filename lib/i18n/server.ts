import "server-only";
// The language of this request: the language cookie (set by the switcher on this
// browser), else the signed-in person's saved choice (a new device), else the
// browser's Accept-Language.
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { getViewer } from "@/lib/auth/current-viewer";
import { createTranslator, type Translator } from "./translator";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, type TLocale } from "./locales";

export const getLocale = cache(async (): Promise<TLocale> => {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(fromCookie)) return fromCookie;
  const viewer = await getViewer();
  if (viewer) return viewer.locale;
  return localeFromAcceptLanguage((await headers()).get("accept-language")) ?? DEFAULT_LOCALE;
});

export async function getTranslator(): Promise<Translator> {
  return createTranslator(await getLocale());
}
