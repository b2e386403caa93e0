// What a briefing pack holds, chosen on its page and carried in the URL, so that the
// print page and its PDF link ask for exactly the same pack:
//   theme=RT1&theme=RT3  the themes (none named: every theme of the meeting)
//   resolved=1           resolved threads too (by default only the open questions)
//   scope=delegation     only the delegation's own material (by default the group's too)
// Anything else in the query is ignored; an unknown theme code simply matches nothing.
export type TBriefingScope = "group" | "delegation";

export type TBriefingOptions = {
  /** Theme codes asked for; empty means every theme. */
  themes: string[];
  resolved: boolean;
  scope: TBriefingScope;
};

export const DEFAULT_BRIEFING_OPTIONS: TBriefingOptions = { themes: [], resolved: false, scope: "group" };

/** A meeting has a handful of themes: more codes than this is not a person's request. */
const MAX_THEME_CODES = 50;
const MAX_CODE_LENGTH = 40;

type TSearchParams = URLSearchParams | Record<string, string | string[] | undefined>;

function valuesOf(params: TSearchParams, key: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(key);
  const value = params[key];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

export function parseBriefingOptions(params: TSearchParams): TBriefingOptions {
  const themes = [...new Set(valuesOf(params, "theme").map((c) => c.trim()).filter((c) => c && c.length <= MAX_CODE_LENGTH))];
  return {
    themes: themes.slice(0, MAX_THEME_CODES),
    resolved: valuesOf(params, "resolved")[0] === "1",
    scope: valuesOf(params, "scope")[0] === "delegation" ? "delegation" : "group",
  };
}

/** The query string of a pack ("" for the default pack), for the PDF link. */
export function briefingQuery(options: TBriefingOptions): string {
  const params = new URLSearchParams();
  for (const code of options.themes) params.append("theme", code);
  if (options.resolved) params.set("resolved", "1");
  if (options.scope === "delegation") params.set("scope", "delegation");
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** Whether a theme is in the pack. */
export function includesTheme(options: TBriefingOptions, code: string): boolean {
  return options.themes.length === 0 || options.themes.includes(code);
}
