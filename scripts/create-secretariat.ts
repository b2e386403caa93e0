// `npm run db:create-secretariat -- <email> "<name>"` with the password in
// SECRETARIAT_PASSWORD (kept out of the shell history and process list).
// How the first secretariat account comes to exist on a production database.
import { z } from "zod";
import { connectForScript } from "@/lib/db/connect-for-script";
import { hashPassword } from "@/lib/auth/password";

const ZArgs = z.object({
  email: z.email().transform((e) => e.toLowerCase()),
  name: z.string().trim().min(1).max(200),
  password: z.string().min(12, "SECRETARIAT_PASSWORD must be at least 12 characters").max(128),
});

async function main() {
  const [email = process.env.SECRETARIAT_EMAIL, name = process.env.SECRETARIAT_NAME ?? "Secretariat"] =
    process.argv.slice(2);
  const args = ZArgs.parse({ email, name, password: process.env.SECRETARIAT_PASSWORD });
  const conn = await connectForScript();
  try {
    const passwordHash = await hashPassword(args.password);
    await conn.prisma().$transaction(async (tx) => {
      const user = await tx.user.upsert({
        where: { email: args.email },
        create: { email: args.email, name: args.name, role: "SECRETARIAT", passwordHash },
        update: { name: args.name, passwordHash, active: true },
      });
      await tx.auditLog.create({
        data: { action: "user.bootstrap_secretariat", entityType: "User", entityId: user.id, summary: { email: args.email } },
      });
    });
    console.log(`Secretariat account ready: ${args.email}`);
  } finally {
    await conn.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof z.ZodError ? z.prettifyError(error) : error);
  process.exit(1);
});
