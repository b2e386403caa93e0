import "server-only";
// The one place server code reads process.env. Validated once, on first use, so a
// misconfigured deployment fails with a message naming the variable.
import { z } from "zod";
import { parseTrustedProxies, type TTrustedProxies } from "@/lib/auth/trusted-proxies";
import { isCalendarDate } from "@/lib/time/calendar-date";

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // An empty value means "not set", as in the scripts (`DATABASE_URL= npm start`).
  DATABASE_URL: z.preprocess((v) => (v === "" ? undefined : v), z.string().url().optional()),
  EMBEDDED_DB_DIR: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters"),
  SESSION_MAX_AGE_HOURS: z.coerce.number().positive().max(24 * 30).default(12),
  DB_POOL_SIZE: z.coerce.number().int().positive().max(100).default(10),
  // Live updates (lib/live): the LISTEN connection needs a session of its own on the
  // server, which a pooler in transaction mode (PgBouncer) cannot give; set this to a
  // direct connection then. Unset → DATABASE_URL.
  LISTEN_DATABASE_URL: z.preprocess((v) => (v === "" ? undefined : v), z.string().url().optional()),
  // How often an open event stream re-checks its session and sends a keep-alive.
  LIVE_HEARTBEAT_SECONDS: z.coerce.number().min(0.2).max(300).default(25),
  // Outgoing mail (invitations). Unset → links are only shown to the person inviting.
  SMTP_URL: z.preprocess((v) => (v === "" ? undefined : v), z.string().url().optional()),
  MAIL_FROM: z.string().default("Delegate workspace <no-reply@localhost>"),
  // Proxies whose X-Forwarded-For entries are believed: unset = none, a number of
  // hops, or a list of addresses / CIDR ranges (lib/auth/trusted-proxies.ts).
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((value, context): TTrustedProxies => {
      const parsed = parseTrustedProxies(value);
      if ("error" in parsed) {
        context.addIssue({ code: "custom", message: parsed.error });
        return z.NEVER;
      }
      return parsed;
    }),
  // The preparation calendar's "today" (lib/time/workspace-date.ts): a date written
  // YYYY-MM-DD, or unset (or empty) for the real today. The demo sets it (README).
  WORKSPACE_DATE: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.string().refine(isCalendarDate, "WORKSPACE_DATE must be a date written YYYY-MM-DD, e.g. 2013-09-16").optional(),
  ),
});

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

export function env(): TEnv {
  if (cached) return cached;
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
  }
  cached = parsed.data;
  return cached;
}
