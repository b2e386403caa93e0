// Integration tests: real PostgreSQL (a throw-away database on DATABASE_URL's server)
// or, without DATABASE_URL, an in-memory PGlite. See test/support/test-database.ts.
// An ES module (.mts) like vitest.unit.config.mts; vitest.integration.config.ts
// re-exports it for `npm run test:integration`.
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = `${path.resolve(import.meta.dirname)}/`;

export default defineConfig({
  resolve: {
    alias: [
      // Only "@/..." (the tsconfig path alias), not scoped packages like "@prisma/...".
      { find: /^@\//, replacement: root },
      { find: /^server-only$/, replacement: `${root}test/support/server-only-stub.ts` },
    ],
  },
  test: {
    environment: "node",
    include: ["test/integration/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Files share one PostgreSQL server; running them one at a time keeps load and
    // connection counts predictable (each file still gets its own databases).
    fileParallelism: false,
  },
});
