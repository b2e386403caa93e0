import { describe, expect, it } from "vitest";
import { toMarkdown, type TBenchResults } from "./report";

const base: TBenchResults = {
  startedAt: "2026-12-01T09:00:00.000Z",
  machine: { cpus: 2, cpuModel: "test", loadAverageAtStart: [0.5, 0.5, 0.5], node: "v20", postgres: "PostgreSQL 15" },
  commit: "abc1234",
  options: {},
  data: { "search documents": 100_000 },
  dataSeconds: 60,
  pages: {},
  floor: { path: "/meetings/hld-2013/themes/RT2", load: [] },
};

describe("bench report", () => {
  it("has a search section with each group's percentiles and target, when searches were timed", () => {
    const md = toMarkdown({
      ...base,
      search: [{ group: "prefix", queries: ["recru", "délég"], samples: 40, min: 8.25, p50: 12.34, p95: 31.5, max: 40, matches: [4961, 8569], targetMs: 50 }],
    });
    expect(md).toContain("## Search (server time of both statements, 100,000 documents)");
    expect(md).toContain("| prefix: `recru`, `délég` | 40 | 8.3 ms | 12 ms | 32 ms | 40 ms | 50 ms | 4961, 8569 |");
  });

  it("shows the pages a browser view made the server render, beside the page's scripts", () => {
    const md = toMarkdown({
      ...base,
      pages: { home: { path: "/", firstLoadJs: { scripts: 9, compressedBytes: 138_900, decodedBytes: 480_000, serverRequests: 1 }, load: [] } },
    });
    expect(md).toContain("| scripts | server requests per browser view |");
    expect(md).toMatch(/\| home \| `\/` \|.*\| 9 \| 1 \|$/m);
  });

  it("leaves the section out when no search was timed", () => {
    expect(toMarkdown(base)).not.toContain("## Search");
  });
});
