import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase } from "../support/app-database";
import { viewerFor } from "../support/viewers";
import type { Viewer } from "@/lib/auth/viewer";
import type { TSearchFilters } from "@/lib/validation/search";

// Languages in search (issue 12): each note is indexed with the stemmer of the language
// it is written in (detected when written), accents folded, the last word a prefix, and
// a query is read in all three languages at once. Instruments are also found by code
// and number (pg_trgm). Notes of delegate.lk's own delegation, found by head.lk.

let db: typeof import("@/lib/db").db;
let search: typeof import("@/lib/dal/search");
let cleanup: () => Promise<void>;
let author: Viewer;
let reader: Viewer;
const FILTERS: TSearchFilters = { page: 1 };

const TEXTS = {
  en: "Recruitment fees charged to migrant workers should be abolished, and their passports must never be confiscated by employers.",
  fr: "Selon notre délégation, les travailleurs migrants domestiques doivent bénéficier d'une protection sociale et de l'égalité de traitement avec les nationaux.",
  es: "La delegación apoya la ratificación del Convenio sobre las trabajadoras y los trabajadores domésticos por parte de los gobiernos.",
};
const ids = {} as Record<keyof typeof TEXTS, string>;

beforeAll(async () => {
  cleanup = await useAppDatabase();
  ({ db } = await import("@/lib/db"));
  search = await import("@/lib/dal/search");
  author = await viewerFor("delegate.lk@gov.demo");
  reader = await viewerFor("head.lk@gov.demo");
  const theme = await db.theme.findFirstOrThrow({ where: { code: "RT2", meeting: { slug: "hld-2013" } }, select: { id: true } });
  for (const [lang, body] of Object.entries(TEXTS) as [keyof typeof TEXTS, string][]) {
    const note = await db.annotation.create({
      data: {
        themeId: theme.id,
        authorId: author.userId,
        delegationId: author.delegation!.id,
        group: author.delegation!.group,
        scope: "DELEGATION",
        body,
      },
      select: { id: true },
    });
    ids[lang] = note.id;
  }
});
afterAll(async () => cleanup?.());

async function notesFound(q: string): Promise<string[]> {
  const results = await search.searchForViewer(reader, q, { ...FILTERS, kind: "note" });
  return (results.groups.find((g) => g.kind === "NOTE")?.hits ?? []).map((h) => h.id);
}

async function languageOf(id: string) {
  const [row] = await db.$queryRaw<{ language: string | null }[]>`SELECT language::text FROM "SearchDocument" WHERE kind = 'NOTE' AND "sourceId" = ${id}`;
  return row?.language;
}

describe("[search] languages", () => {
  it("detects the language each note is written in", async () => {
    expect(await languageOf(ids.en)).toBe("en");
    expect(await languageOf(ids.fr)).toBe("fr");
    expect(await languageOf(ids.es)).toBe("es");
  });

  const cases: { lang: keyof typeof TEXTS; q: string; found: boolean }[] = [
    // English: stems, plural and singular, case, prefixes while typing, two words.
    { lang: "en", q: "recruitment", found: true },
    { lang: "en", q: "Recruitment FEES", found: true },
    { lang: "en", q: "fee", found: true },
    { lang: "en", q: "charging", found: true },
    { lang: "en", q: "worker", found: true },
    { lang: "en", q: "migrant workers", found: true },
    { lang: "en", q: "abolish", found: true },
    { lang: "en", q: "passport", found: true },
    { lang: "en", q: "confiscation", found: true },
    { lang: "en", q: "recrui", found: true },
    { lang: "en", q: "employer", found: true },
    { lang: "en", q: "recruitment visas", found: false },
    // French: stems, accents optional, elisions.
    { lang: "fr", q: "travailleurs migrants", found: true },
    { lang: "fr", q: "travailleur", found: true },
    { lang: "fr", q: "migrante", found: true },
    { lang: "fr", q: "beneficier", found: true },
    { lang: "fr", q: "bénéficie", found: true },
    { lang: "fr", q: "protections sociales", found: true },
    { lang: "fr", q: "egalite", found: true },
    { lang: "fr", q: "égalité de traitement", found: true },
    { lang: "fr", q: "domestique", found: true },
    { lang: "fr", q: "nationale", found: true },
    { lang: "fr", q: "travai", found: true },
    { lang: "fr", q: "travailleurs saisonniers", found: false },
    // Spanish: stems, accents optional, gender and number.
    { lang: "es", q: "delegacion", found: true },
    { lang: "es", q: "delegaciones", found: true },
    { lang: "es", q: "ratificación", found: true },
    { lang: "es", q: "ratificacion del convenio", found: true },
    { lang: "es", q: "trabajadora", found: true },
    { lang: "es", q: "trabajador", found: true },
    { lang: "es", q: "domésticos", found: true },
    { lang: "es", q: "domestica", found: true },
    { lang: "es", q: "convenios", found: true },
    { lang: "es", q: "gobierno", found: true },
    { lang: "es", q: "apoyan", found: true },
    { lang: "es", q: "trabajadores agrícolas", found: false },
  ];
  for (const { lang, q, found } of cases) {
    it(`${lang}: "${q}" ${found ? "finds" : "does not find"} the ${lang} note`, async () => {
      expect((await notesFound(q)).includes(ids[lang])).toBe(found);
    });
  }

  it("keeps languages apart: each phrase finds the note written in its language only", async () => {
    expect(await notesFound("travailleurs migrants")).toEqual([ids.fr]);
    expect(await notesFound("migrant workers")).toEqual([ids.en]);
    expect(await notesFound("trabajadores domésticos")).toEqual([ids.es]);
  });

  it("folds accents both ways: 'delegation' finds 'délégation', 'delegación' finds 'delegación' and 'delegacion'", async () => {
    expect(await notesFound("delegation")).toContain(ids.fr);
    expect(await notesFound("délégation")).toContain(ids.fr);
    expect(await notesFound("DÉLÉGATIONS")).toContain(ids.fr);
    expect(await notesFound("delegación")).toContain(ids.es);
    expect(await notesFound("delegacion")).toContain(ids.es);
  });

  it("marks the matched words in the snippet, in the note's language", async () => {
    const results = await search.searchForViewer(reader, "travailleur migrant", { ...FILTERS, kind: "note" });
    const hit = results.groups[0]!.hits.find((h) => h.id === ids.fr)!;
    expect(hit.snippetHtml).toContain("<mark>travailleurs</mark> <mark>migrants</mark>");
  });

  it("gives each hit the language of its text, for `lang` on the page (issue 16): a note's as detected, the paper's English", async () => {
    for (const [lang, q] of [["en", "recruitment fees"], ["fr", "travailleurs migrants"], ["es", "trabajadoras domésticos"]] as const) {
      const results = await search.searchForViewer(reader, q, { ...FILTERS, kind: "note" });
      expect(results.groups[0]!.hits.find((h) => h.id === ids[lang])?.language).toBe(lang);
    }
    const paragraphs = await search.searchForViewer(reader, "migration", { ...FILTERS, kind: "paragraph" });
    expect(paragraphs.groups[0]!.hits.length).toBeGreaterThan(0);
    expect(paragraphs.groups[0]!.hits.every((h) => h.language === "en")).toBe(true);
  });
});

describe("[search] instruments by code, number and name", () => {
  async function instrumentsFound(q: string): Promise<string[]> {
    const results = await search.searchForViewer(reader, q, { ...FILTERS, kind: "instrument" });
    const hits = results.groups.find((g) => g.kind === "INSTRUMENT")?.hits ?? [];
    const codes = await db.instrument.findMany({ where: { id: { in: hits.map((h) => h.id) } }, select: { id: true, code: true } });
    return hits.map((h) => codes.find((c) => c.id === h.id)!.code);
  }

  it.each([
    ["C189", "C189"],
    ["c189", "C189"],
    ["No. 189", "C189"],
    ["domestic workers convention", "C189"],
    ["domestik workers convention", "C189"],
    ["C97", "C097"],
    ["C097", "C097"],
    ["R202", "R202"],
    ["social protection floors", "R202"],
    ["Multilateral Framework", "MFLM"],
  ])("%s finds %s first", async (q, code) => {
    expect((await instrumentsFound(q))[0]).toBe(code);
  });

  it("an instrument is named by its code and its name, the matched words marked", async () => {
    const results = await search.searchForViewer(reader, "domestic workers", { ...FILTERS, kind: "instrument" });
    const c189 = results.groups[0]!.hits.find((h) => h.code === "C189")!;
    expect(c189.titleHtml).toBe("<mark>Domestic</mark> <mark>Workers</mark> Convention, 2011 (No. 189)");
    expect(c189.href).toBe("/meetings/hld-2013/themes/RT2#instruments-heading");
  });

  it("an instrument code in a note is found too", async () => {
    const note = await db.annotation.create({
      data: {
        themeId: (await db.theme.findFirstOrThrow({ where: { code: "RT3" }, select: { id: true } })).id,
        authorId: author.userId,
        delegationId: author.delegation!.id,
        group: author.delegation!.group,
        scope: "DELEGATION",
        body: "Capital asks whether C189 ratification can be announced at the roundtable.",
      },
      select: { id: true },
    });
    expect(await notesFound("C189 ratification")).toEqual([note.id]);
  });
});
