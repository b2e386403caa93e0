import { describe, expect, it } from "vitest";
import { en } from "./messages/en";
import { fr } from "./messages/fr";
import { es } from "./messages/es";
import { createTranslator } from "./translator";
import { localeFromAcceptLanguage } from "./locales";

function keysOf(node: unknown, prefix = ""): string[] {
  if (typeof node === "string") return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

function placeholders(node: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const key of keysOf(node)) {
    const value = key.split(".").reduce<unknown>((n, p) => (n as Record<string, unknown>)[p], node) as string;
    out[key] = [...value.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
  }
  return out;
}

describe("[i18n] catalogs", () => {
  it.each([
    ["fr", fr],
    ["es", es],
  ])("%s has exactly the English keys and placeholders", (_name, catalog) => {
    expect(keysOf(catalog).sort()).toEqual(keysOf(en).sort());
    expect(placeholders(catalog)).toEqual(placeholders(en));
  });

  it("no translation is left empty or identical to a long English sentence", () => {
    for (const catalog of [fr, es]) {
      const p = placeholders(catalog);
      for (const key of Object.keys(p)) {
        const value = key.split(".").reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], catalog) as string;
        const english = key.split(".").reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], en) as string;
        expect(value.trim(), key).not.toBe("");
        if (english.length > 25 && !key.startsWith("languages.")) expect(value, key).not.toBe(english);
      }
    }
  });
});

describe("[i18n] translator", () => {
  it("fills placeholders and picks plural forms per language", () => {
    expect(createTranslator("en").plural("home.daysLeft", 1)).toBe("1 day left");
    expect(createTranslator("en").plural("home.daysLeft", 3)).toBe("3 days left");
    expect(createTranslator("fr").plural("home.daysLeft", 0)).toBe("Encore 0 jour");
    expect(createTranslator("es").plural("home.daysLeft", 2)).toBe("Faltan 2 días");
    expect(createTranslator("en").t("header.actingAs", { delegation: "Government of Sri Lanka", person: "Nimal" })).toBe(
      "Government of Sri Lanka — Nimal",
    );
  });

  it("maps validation keys and falls back for unknown ones", () => {
    const t = createTranslator("es");
    expect(t.tKnown("signIn.errors.invalid", "signIn.errors.generic")).toBe(es.signIn.errors.invalid);
    expect(t.tKnown("no.such.key", "signIn.errors.generic")).toBe(es.signIn.errors.generic);
  });

  it("reads Accept-Language by weight", () => {
    expect(localeFromAcceptLanguage("de-CH, fr;q=0.8, es;q=0.9")).toBe("es");
    expect(localeFromAcceptLanguage("fr-FR")).toBe("fr");
    expect(localeFromAcceptLanguage("de")).toBeNull();
    expect(localeFromAcceptLanguage(null)).toBeNull();
  });
});
