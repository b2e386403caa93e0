import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase } from "../support/app-database";
import { viewerFor } from "../support/viewers";
import type { Viewer } from "@/lib/auth/viewer";
import type { TSearchResults } from "@/lib/dal/search";

// What people type into the search box is words, never syntax (issue 12): tsquery
// operators, quotes, backslashes, SQL metacharacters, very long input and control
// characters never cause an error and never widen a search to everything; and the
// snippets cannot carry HTML from the text they quote.

let db: typeof import("@/lib/db").db;
let search: typeof import("@/lib/dal/search");
let cleanup: () => Promise<void>;
let viewer: Viewer;
let visibleDocuments: number;
const FILTERS = { page: 1 } as const;

beforeAll(async () => {
  cleanup = await useAppDatabase();
  ({ db } = await import("@/lib/db"));
  search = await import("@/lib/dal/search");
  viewer = await viewerFor("head.lk@gov.demo");
  const notes = await import("@/lib/services/annotations-notes");
  const theme = await db.theme.findFirstOrThrow({ where: { code: "RT2" }, select: { id: true } });
  const bodies = [
    "Recruitment fees are charged to workers in the corridor.",
    "Wages and visas: the bilateral agreement says nothing about fees.",
    "<script>alert('fees')</script> and <b>bold fees</b> & \"quoted\" 'fees' <img src=x onerror=alert(1)>",
    "Markers \uE000forged\uE001 around a word, and fees.",
  ];
  for (const body of bodies) {
    const result = await notes.createAnnotation(viewer, { themeId: theme.id, body, scope: "DELEGATION", tags: "", anchor: null });
    expect(result.ok).toBe(true);
  }
  const { visibleSearchDocumentsSql } = await import("@/lib/authz/search-visibility");
  const { Prisma } = await import("@/lib/generated/prisma/client");
  const [row] = await db.$queryRaw<{ n: number }[]>(Prisma.sql`SELECT count(*)::int AS n FROM "SearchDocument" d WHERE ${visibleSearchDocumentsSql(viewer, "d")}`);
  visibleDocuments = row!.n;
});
afterAll(async () => cleanup?.());

const summary = (r: TSearchResults) => ({ total: r.total, counts: r.counts, ids: r.groups.flatMap((g) => g.hits.map((h) => h.id)) });

describe("[search] injection: syntax in q is only ever a separator", () => {
  const hostile: [typed: string, sameAs: string][] = [
    ["fees & wages", "fees wages"],
    ["fees | wages", "fees wages"],
    ["!fees", "fees"],
    ["fees:*", "fees "],
    ["fees:* | !wages", "fees wages "],
    ["(fees <-> wages)", "fees wages "],
    ["'fees'", "fees "],
    ['"fees"', "fees "],
    ["fees\\", "fees "],
    ["\\'fees\\' OR ''='", "fees OR "],
    ["fees'; DROP TABLE \"SearchDocument\"; --", "fees DROP TABLE SearchDocument "],
    ["fees%' OR 1=1 --", "fees OR 1 "],
    ["fees) || to_tsquery('*", "fees to_tsquery "],
    ["$1 $$ fees $$", "1 fees "],
  ];
  for (const [typed, sameAs] of hostile) {
    it(`${JSON.stringify(typed)} searches the words of ${JSON.stringify(sameAs)}, nothing more`, async () => {
      const result = summary(await search.searchForViewer(viewer, typed, FILTERS));
      expect(result).toEqual(summary(await search.searchForViewer(viewer, sameAs, FILTERS)));
      expect(result.total).toBeLessThan(visibleDocuments);
    });
  }

  it.each(["&", "|", "!", ":*", "*", "'", '"', "\\", "()", "<->", "&|!:*()'\"\\<>;%_-", "   ", "\u200b\u200e"])(
    "%j has no words: no results at all",
    async (typed) => {
      expect(summary(await search.searchForViewer(viewer, typed, FILTERS))).toEqual({ total: 0, counts: {}, ids: [] });
    },
  );

  it("very long input is cut to its first words, not an error", async () => {
    const long = `fees ${"wages ".repeat(5_000)}${"x".repeat(100_000)}`;
    const result = await search.searchForViewer(viewer, long, FILTERS);
    expect(result.words.length).toBeLessThanOrEqual(8);
    expect(result.total).toBeLessThan(visibleDocuments);
  });

  it("a NUL or another control character never reaches the database", async () => {
    for (const typed of ["fees\u0000", "\u0000", "fe\u0000es", "fees\u0007\u001b[31m"]) {
      const result = await search.searchForViewer(viewer, typed, FILTERS);
      expect(result.total).toBeLessThan(visibleDocuments);
    }
  });

  it("filters of the wrong shape fall back to none; the page refuses control characters and overlong text beside the box", async () => {
    const { parseSearchRequest } = await import("@/lib/validation/search");
    expect(parseSearchRequest({ q: "fees", kind: "'; DROP", theme: "not-a-uuid", from: "2013-02-30", page: "-1" })).toEqual({ kind: "search", q: "fees", filters: { page: 1 } });
    expect(parseSearchRequest({ q: "fees\u0000" })).toMatchObject({ kind: "invalid", q: "fees\u0000", error: "validation.controlCharacters" });
    expect(parseSearchRequest({ q: "x".repeat(201) })).toMatchObject({ kind: "invalid", error: "search.errors.tooLong" });
    expect(parseSearchRequest({ q: ["fees", "wages"] })).toMatchObject({ kind: "search", q: "fees" });
    expect(parseSearchRequest({})).toEqual({ kind: "empty", filters: { page: 1 } });
  });
});

describe("[search] highlighting cannot inject HTML", () => {
  it("shows tags, quotes and entities of a note as text, with only <mark> added", async () => {
    const result = await search.searchForViewer(viewer, "bold", { page: 1, kind: "note" });
    const snippet = result.groups[0]!.hits[0]!.snippetHtml;
    expect(snippet).toContain("alert(&#39;fees&#39;)&lt;/script&gt;");
    expect(snippet).toContain("&lt;b&gt;<mark>bold</mark> fees&lt;/b&gt;");
    expect(snippet).toContain("&lt;img src=x onerror=alert");
    expect(snippet).toContain("&amp; &quot;quoted&quot;");
    // The only elements are the marks.
    expect(snippet.match(/<\/?([a-z]+)/g)?.every((tag) => tag === "<mark" || tag === "</mark")).toBe(true);
  });

  it("markers typed into a note are dropped, not turned into marks", async () => {
    const result = await search.searchForViewer(viewer, "forged", { page: 1, kind: "note" });
    const snippet = result.groups[0]!.hits[0]!.snippetHtml;
    expect(snippet).toContain("Markers <mark>forged</mark> around");
    expect(snippet).not.toMatch(/[\uE000\uE001]/);
  });
});
