// Generates the Prisma client offline. The CLI insists on a schema-engine binary even
// for `generate`, which does not use it; the real engine cannot be downloaded on our
// machines, so any existing file satisfies the check (see README, "Offline Prisma").
import { spawnSync } from "node:child_process";

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};
const result = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
