// The app's Prisma client with every SQL statement it sends recorded, installed as the
// client lib/db hands out (call after useAppDatabase(), before the data layer is
// imported): for the tests that count database round trips per page or per pack.
import { newPGlite } from "@/lib/db/embedded";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type TCountingClient = {
  client: PrismaClient;
  /** The statements sent since the last reset. */
  statements(): string[];
  reset(): void;
};

export function installCountingClient(): TCountingClient {
  const log = [{ emit: "event", level: "query" }] as const;
  const counting = process.env.DATABASE_URL
    ? new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }), log: [...log] })
    : new PrismaClient({ adapter: new PrismaPGlite(newPGlite(process.env.EMBEDDED_DB_DIR!)), log: [...log] });
  let sent: string[] = [];
  counting.$on("query", (e) => sent.push(e.query));
  (globalThis as { prisma?: unknown }).prisma = counting;
  return { client: counting, statements: () => sent, reset: () => (sent = []) };
}
