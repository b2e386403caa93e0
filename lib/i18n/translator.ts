// Looks up interface text by key in the person's language. Keys are typed from the
// English catalog, so a typo or a missing key fails the typecheck.
import { en, type Messages } from "./messages/en";
import { fr } from "./messages/fr";
import { es } from "./messages/es";
import type { TLocale } from "./locales";
import { translatorFor } from "./translate";

const CATALOGS: Record<TLocale, Messages> = { en, fr, es };

type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

type Plurals<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends { other: string }
    ? `${P}${K}`
    : T[K] extends string
      ? never
      : Plurals<T[K], `${P}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<Messages>;
export type PluralKey = Plurals<Messages>;
type Vars = Record<string, string | number>;

export type Translator = {
  locale: TLocale;
  t(key: MessageKey, vars?: Vars): string;
  plural(key: PluralKey, count: number, vars?: Vars): string;
  /** For keys that arrive as data (validation messages, notifications); unknown keys fall back. */
  tKnown(key: string, fallback: MessageKey, vars?: Vars): string;
};

/** The server's translator: the whole catalog of the language, English for gaps. */
export function createTranslator(locale: TLocale): Translator {
  return translatorFor(locale, CATALOGS[locale], en) as Translator;
}
