// Demo delegations and accounts, for the embedded database and for anyone who asks
// for them explicitly (`npm run db:seed -- --demo`). Never run silently against a
// production database. Idempotent: existing accounts keep their password and role.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_ACCOUNTS, DEMO_DELEGATIONS, DEMO_PASSWORD } from "./demo-data";

export async function seedDemo(db: PrismaClient): Promise<void> {
  const existing = new Set(
    (await db.user.findMany({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } }, select: { email: true } }))
      .map((u) => u.email),
  );
  // Hash outside the transaction: argon2 is deliberately slow.
  const hashes = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS) {
    if (!existing.has(account.email)) hashes.set(account.email, await hashPassword(DEMO_PASSWORD));
  }

  await db.$transaction(async (tx) => {
    await tx.delegation.createMany({ data: DEMO_DELEGATIONS, skipDuplicates: true });
    const delegations = await tx.delegation.findMany({ select: { id: true, name: true } });
    const delegationId = new Map(delegations.map((d) => [d.name, d.id]));
    for (const account of DEMO_ACCOUNTS) {
      const passwordHash = hashes.get(account.email);
      if (!passwordHash) continue;
      await tx.user.create({
        data: {
          email: account.email,
          name: account.name,
          role: account.role,
          passwordHash,
          delegationId: account.delegation ? delegationId.get(account.delegation) : null,
        },
      });
    }
  });
}
