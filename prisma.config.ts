// Prisma CLI configuration. The CLI is used only for `generate`, `validate` and
// `format`; migrations are applied by scripts/db-migrate.ts (see README).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
