// `npm start`: from a fresh clone to a running app in one command. Installs what is
// missing, migrates, seeds the embedded database on its first run, builds when the
// sources changed, then serves on PORT (default 3000).
import { spawn } from "node:child_process";
import { BASE_ENV, ROOT, buildIfStale, demoWorkspaceDate, ensureAuthSecret, ensureDependencies, run } from "./lib/setup.mjs";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const embedded = !process.env.DATABASE_URL;

ensureDependencies();
const env = { AUTH_SECRET: ensureAuthSecret() };
// The embedded database holds the demo, whose story is told as of a day before the
// High-level Dialogue: its calendar starts there unless WORKSPACE_DATE says otherwise
// (an empty WORKSPACE_DATE= keeps the real date).
if (embedded && process.env.WORKSPACE_DATE === undefined) env.WORKSPACE_DATE = demoWorkspaceDate();
run("npx", ["tsx", "scripts/db-migrate.ts"], { env });
// On the embedded database, content and demo accounts arrive on the first start; a
// configured database gets content only (demo accounts: `npm run db:seed -- --demo`).
run("npx", ["tsx", "scripts/db-seed.ts", "--if-empty"], { env });
// Says loudly when the app would connect as a superuser or as the owner of the tables
// (README, "Database roles"); the embedded database gets its role from db:migrate.
if (!embedded) run("npx", ["tsx", "scripts/db-roles.ts", "--check"], { env });
if (!dev) buildIfStale();

// Production goes through scripts/serve.mjs, which appends the socket address to
// X-Forwarded-For (the client address for throttling and the audit log); `next dev`
// cannot, and says so in its log.
const command = dev ? ["npx", ["next", "dev", "--port", port]] : ["node", ["scripts/serve.mjs", "--port", port]];
const server = spawn(command[0], command[1], {
  cwd: ROOT,
  stdio: "inherit",
  env: { ...process.env, ...BASE_ENV, ...env, NODE_ENV: dev ? "development" : "production" },
});

console.log(`\nDelegate workspace: http://localhost:${port}/sign-in`);
if (embedded) {
  console.log("Embedded database in .data/ — sign in as head.lk@gov.demo with password demo-password-2013");
  if (env.WORKSPACE_DATE) console.log(`The demo is shown as of ${env.WORKSPACE_DATE} (WORKSPACE_DATE; README, "The demo").`);
  console.log("(other demo accounts are listed in README.md).\n");
}

for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
