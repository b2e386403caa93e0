// Looking up and filling a message in a catalog, with no catalog imported here: the
// server passes whole catalogs (lib/i18n/translator.ts), the browser only the part of
// the viewer's language its components need (lib/i18n/client-translator.tsx), so a
// client bundle never carries the other languages.
import type { TLocale } from "./locales";

type Vars = Record<string, string | number>;

export type TLooseTranslator = {
  locale: TLocale;
  t(key: string, vars?: Vars): string;
  plural(key: string, count: number, vars?: Vars): string;
  tKnown(key: string, fallback: string, vars?: Vars): string;
};

export type TCatalogTree = { [key: string]: string | TCatalogTree };

export function lookup(catalog: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog);
}

function fill(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function translatorFor(locale: TLocale, catalog: unknown, fallbackCatalog?: unknown): TLooseTranslator {
  const pluralRules = new Intl.PluralRules(locale);
  const find = (key: string) => lookup(catalog, key) ?? (fallbackCatalog ? lookup(fallbackCatalog, key) : undefined);
  const text = (key: string) => {
    const value = find(key);
    return typeof value === "string" ? value : key;
  };
  return {
    locale,
    t: (key, vars) => fill(text(key), vars),
    plural: (key, count, vars) => {
      const form = pluralRules.select(count);
      const forms = (find(key) ?? {}) as Record<string, string>;
      return fill(forms[form] ?? forms.other ?? key, { count, ...vars });
    },
    tKnown: (key, fallback, vars) => {
      const value = find(key);
      return fill(typeof value === "string" ? value : text(fallback), vars);
    },
  };
}
