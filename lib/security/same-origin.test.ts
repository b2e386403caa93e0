import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

const post = (headers: Record<string, string>) => new Request("http://app.example/x", { method: "POST", headers });

describe("[security] same-origin check for state-changing route handlers", () => {
  it("accepts the site's own origin", () => {
    expect(isSameOrigin(post({ origin: "http://app.example", host: "app.example" }))).toBe(true);
    expect(isSameOrigin(post({ origin: "https://ws.ilo.org", host: "internal:3000", "x-forwarded-host": "ws.ilo.org" }))).toBe(true);
  });
  it("refuses foreign, missing and malformed origins", () => {
    expect(isSameOrigin(post({ origin: "https://evil.example", host: "app.example" }))).toBe(false);
    expect(isSameOrigin(post({ host: "app.example" }))).toBe(false);
    expect(isSameOrigin(post({ origin: "null", host: "app.example" }))).toBe(false);
  });
});
