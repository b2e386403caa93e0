import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";
import { EVIL_HOST, HOSTILE_NEXT_VALUES } from "@/e2e/support/hostile-next-values";

// What the browser would do with the Location header we send: resolve it against our
// own origin. Anything that leaves the origin, or that a header cannot carry, fails.
const OUR_ORIGIN = "http://127.0.0.1:3000";
function landsOn(path: string): URL {
  expect(path).toMatch(/^[!-~]+$/);
  return new URL(path, OUR_ORIGIN);
}

describe("[security] safeRedirectPath keeps `next` on this site", () => {
  it.each(HOSTILE_NEXT_VALUES.map((raw) => [raw.slice(0, 80), raw]))("sends %s home or to a same-origin path", (_label, raw) => {
    const value = new URLSearchParams(`next=${raw}`).get("next");
    const path = safeRedirectPath(value);
    const url = landsOn(path);
    expect(url.origin).toBe(OUR_ORIGIN);
    expect(path.startsWith("/") && !path.startsWith("//")).toBe(true);
    expect(url.href).not.toContain(`//${EVIL_HOST}`);
  });

  it("keeps ordinary paths with their query and fragment", () => {
    expect(safeRedirectPath("/meetings/hld-2013/themes/RT2")).toBe("/meetings/hld-2013/themes/RT2");
    expect(safeRedirectPath("/actions?status=OPEN&page=2#row-4")).toBe("/actions?status=OPEN&page=2#row-4");
    expect(safeRedirectPath("/search?q=%E2%82%AC")).toBe("/search?q=%E2%82%AC");
    expect(safeRedirectPath("/a/../account")).toBe("/account");
  });

  it("sends everything else home", () => {
    for (const value of [undefined, null, 42, ["/account"], {}, "", "account", "/\\evil", "/ok\n", "/\u3000", "/\u2215x", "//x"]) {
      expect(safeRedirectPath(value)).toBe("/");
    }
    expect(safeRedirectPath("//x", "/account")).toBe("/account");
  });

  it("never returns what would leave the origin, for every short ASCII and control-character mix", () => {
    // Exhaustive over a small alphabet of the characters that matter.
    const alphabet = ["/", "\\", ".", ":", "@", "%2f", "%5c", "\t", "\n", "a", "?", "#", " "];
    const escapes: string[] = [];
    const check = (value: string) => {
      const path = safeRedirectPath(value);
      if (!/^[!-~]+$/.test(path) || path.startsWith("//") || new URL(path, OUR_ORIGIN).origin !== OUR_ORIGIN) escapes.push(value);
    };
    const build = (prefix: string, depth: number) => {
      check(prefix);
      if (depth === 0) return;
      for (const c of alphabet) build(prefix + c, depth - 1);
    };
    build("", 4);
    expect(escapes).toEqual([]);
  }, 60_000);
});
