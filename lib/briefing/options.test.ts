import { describe, expect, it } from "vitest";
import { briefingQuery, DEFAULT_BRIEFING_OPTIONS, includesTheme, parseBriefingOptions } from "./options";

describe("[briefing] options from the URL", () => {
  it("defaults to every theme, open questions only, group material included", () => {
    expect(parseBriefingOptions(new URLSearchParams(""))).toEqual(DEFAULT_BRIEFING_OPTIONS);
    expect(includesTheme(DEFAULT_BRIEFING_OPTIONS, "RT4")).toBe(true);
  });

  it("reads themes, resolved threads and the delegation-only scope, and writes them back", () => {
    const options = parseBriefingOptions(new URLSearchParams("theme=RT1&theme=RT3&theme=RT1&resolved=1&scope=delegation"));
    expect(options).toEqual({ themes: ["RT1", "RT3"], resolved: true, scope: "delegation" });
    expect(includesTheme(options, "RT2")).toBe(false);
    expect(briefingQuery(options)).toBe("?theme=RT1&theme=RT3&resolved=1&scope=delegation");
    expect(parseBriefingOptions(new URLSearchParams(briefingQuery(options).slice(1)))).toEqual(options);
    expect(briefingQuery(DEFAULT_BRIEFING_OPTIONS)).toBe("");
  });

  it("accepts the page's searchParams object and ignores what it does not know", () => {
    expect(parseBriefingOptions({ theme: "RT2", resolved: "yes", scope: "everyone", other: "x" })).toEqual({
      themes: ["RT2"],
      resolved: false,
      scope: "group",
    });
  });

  it("bounds what a hand-written URL can ask for", () => {
    const many = new URLSearchParams([...Array.from({ length: 500 }, (_, i) => ["theme", `T${i}`]), ["theme", "x".repeat(41)], ["theme", "  "]]);
    const options = parseBriefingOptions(many);
    expect(options.themes).toHaveLength(50);
    expect(options.themes.every((c) => c.length <= 40 && c.trim() !== "")).toBe(true);
  });
});
