import { describe, expect, it } from "vitest";
import { searchHref } from "./search-url";

describe("searchHref", () => {
  it("keeps the words and filters, encoded, and drops the first page", () => {
    expect(searchHref("fees & visas", { page: 1, kind: "note", scope: "group" })).toBe("/search?q=fees+%26+visas&kind=note&scope=group");
  });

  it("applies changes: another kind, the next page, a filter removed", () => {
    const filters = { page: 3, kind: "note", theme: "6f1c2b7e-0d3a-4c55-9a1e-2b3c4d5e6f70" } as const;
    expect(searchHref("x", filters, { kind: "action", page: 1 })).toBe("/search?q=x&kind=action&theme=6f1c2b7e-0d3a-4c55-9a1e-2b3c4d5e6f70");
    expect(searchHref("x", filters, { page: 4 })).toBe("/search?q=x&kind=note&theme=6f1c2b7e-0d3a-4c55-9a1e-2b3c4d5e6f70&page=4");
    expect(searchHref("x", filters, { theme: undefined, kind: undefined, page: 1 })).toBe("/search?q=x");
  });
});
