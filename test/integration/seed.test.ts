import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { applyMigrations } from "@/lib/db/migrate";
import { seedContent } from "@/lib/seed/seed-content";
import { seedDemo } from "@/lib/seed/seed-demo";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/seed/demo-data";
import { verifyPassword } from "@/lib/auth/password";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { prismaForTest } from "../support/prisma-for-test";

const TABLES = [
  "Meeting", "Theme", "ThemeParagraph", "Instrument", "ThemeInstrument", "SourceNote",
  "KeyFigure", "CooperationProject", "Delegation", "User",
] as const;

async function rowCounts(database: TestDatabase): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await database.client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
    counts[table] = row?.n ?? -1;
  }
  return counts;
}

describe("[seed] content and demo data", () => {
  let database: TestDatabase;
  let db: PrismaClient;

  beforeAll(async () => {
    database = await createTestDatabase();
    await applyMigrations(database.client);
    db = prismaForTest(database);
  });
  afterAll(async () => {
    await db.$disconnect();
    await database.drop();
  });

  it("loads three meetings, eight themes, eleven instruments, the key figures and sixteen projects", async () => {
    await seedContent(db);
    await seedDemo(db);
    const counts = await rowCounts(database);
    expect(counts).toMatchObject({ Meeting: 3, Theme: 8, Instrument: 11, KeyFigure: 6, SourceNote: 12, CooperationProject: 16 });
    expect(counts.Delegation).toBeGreaterThanOrEqual(12);
    expect(counts.User).toBe(DEMO_ACCOUNTS.length);

    const rt2 = await db.theme.findFirstOrThrow({
      where: { code: "RT2" },
      select: { paragraphs: { orderBy: { position: "asc" } }, instruments: { select: { instrument: { select: { code: true } } } } },
    });
    expect(rt2.paragraphs).toHaveLength(4);
    expect(rt2.instruments.map((i) => i.instrument.code).sort()).toEqual(
      ["C029", "C097", "C105", "C143", "C181", "C189", "MFLM", "R086", "R151", "R201", "R202"].sort(),
    );
    const groups = await db.delegation.groupBy({ by: ["group"], _count: true });
    expect(groups.map((g) => g.group).sort()).toEqual(["EMPLOYERS", "GOVERNMENT", "OBSERVER", "WORKERS"]);
  });

  it("is idempotent: seeding twice gives the same row counts and keeps passwords", async () => {
    const before = await rowCounts(database);
    const hashBefore = (await db.user.findUniqueOrThrow({ where: { email: "head.lk@gov.demo" } })).passwordHash;
    await seedContent(db);
    await seedDemo(db);
    expect(await rowCounts(database)).toEqual(before);
    const head = await db.user.findUniqueOrThrow({ where: { email: "head.lk@gov.demo" }, include: { delegation: true } });
    expect(head.passwordHash).toBe(hashBefore);
    expect(head.delegation?.name).toBe("Government of Sri Lanka");
    expect(await verifyPassword(head.passwordHash, DEMO_PASSWORD)).toBe(true);
  });

  it("gives every demo account the role and delegation the README lists", async () => {
    const users = await db.user.findMany({ include: { delegation: true } });
    for (const account of DEMO_ACCOUNTS) {
      const user = users.find((u) => u.email === account.email);
      expect(user?.role, account.email).toBe(account.role);
      expect(user?.delegation?.name ?? null, account.email).toBe(account.delegation);
    }
  });
});
