// Looks up interface text by key in the person's language. Keys are typed from the
// English catalog, so a typo or a missing key fails the typecheck.
import { en, type Messages } from "./messages/en";
import { fr } from "./messages/fr";
import { es } from "./messages/es";
import type { TLocale } from "./locales";

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

function lookup(catalog: Messages, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog);
}

function fill(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export type Translator = {
  locale: TLocale;
  t(key: MessageKey, vars?: Vars): string;
  plural(key: PluralKey, count: number, vars?: Vars): string;
  /** For keys that arrive as data (validation messages, notifications); unknown keys fall back. */
  tKnown(key: string, fallback: MessageKey, vars?: Vars): string;
};

export function createTranslator(locale: TLocale): Translator {
  const catalog = CATALOGS[locale];
  const pluralRules = new Intl.PluralRules(locale);
  const text = (key: string) => {
    const value = lookup(catalog, key) ?? lookup(en, key);
    return typeof value === "string" ? value : key;
  };
  return {
    locale,
    t: (key, vars) => fill(text(key), vars),
    plural: (key, count, vars) => {
      const form = pluralRules.select(count);
      const forms = lookup(catalog, key) as Record<string, string>;
      return fill(forms[form] ?? forms.other ?? key, { count, ...vars });
    },
    tKnown: (key, fallback, vars) => {
      const value = lookup(catalog, key) ?? lookup(en, key);
      return fill(typeof value === "string" ? value : text(fallback), vars);
    },
  };
}
