import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS, filtersToQuery, parseActionFilters } from "./filters";

const THEME = "0b1e4a4e-8a63-4a7e-9f3c-2f1d8c4b5a6e";

describe("[actions] list filters in the URL", () => {
  it("defaults to my unfinished actions, soonest due first, page 1", () => {
    expect(parseActionFilters({})).toEqual({
      assignee: "me",
      status: "active",
      overdue: false,
      sort: "due",
      dir: "asc",
      page: 1,
    });
  });

  it("reads every filter and round-trips through the query string", () => {
    const filters = parseActionFilters(
      new URLSearchParams(`assignee=any&status=DONE&theme=${THEME}&priority=HIGH&dueBefore=2013-10-01&overdue=1&sort=priority&dir=desc&page=3`),
    );
    expect(filters).toMatchObject({ assignee: "any", status: "DONE", theme: THEME, priority: "HIGH", dueBefore: "2013-10-01", overdue: true, page: 3 });
    expect(parseActionFilters(new URLSearchParams(filtersToQuery(filters)))).toEqual(filters);
  });

  it("falls back to defaults for mangled values instead of failing", () => {
    const filters = parseActionFilters({ assignee: "'; drop table", status: "NOPE", theme: "x", dueBefore: "2013-02-30", page: "-4", sort: "evil", overdue: "yes" });
    expect(filters).toEqual(DEFAULT_FILTERS);
  });

  it("leaves defaults out of links and applies changes", () => {
    expect(filtersToQuery(DEFAULT_FILTERS)).toBe("");
    expect(filtersToQuery(DEFAULT_FILTERS, { page: 2 })).toBe("?page=2");
    expect(filtersToQuery({ ...DEFAULT_FILTERS, overdue: true }, { sort: "title" })).toBe("?overdue=1&sort=title");
    expect(parseActionFilters({ status: ["DONE", "OPEN"] }).status).toBe("DONE");
  });
});
