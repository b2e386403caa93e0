import "server-only";
// Accepting an invitation: the person follows the one-time link and sets a password.
// No session is needed; the token is the proof. It works once, until it expires.
import { db } from "@/lib/db";
import { hashToken } from "@/lib/auth/tokens";
import { hashPassword } from "@/lib/auth/password";

async function findOpenInvitation(token: string) {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, userId: true, expiresAt: true, acceptedAt: true, revokedAt: true, user: { select: { email: true, name: true, delegation: { select: { name: true } } } } },
  });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= new Date()) return null;
  return invitation;
}

export async function describeInvitation(token: string) {
  const invitation = await findOpenInvitation(token);
  return invitation ? { email: invitation.user.email, name: invitation.user.name, delegation: invitation.user.delegation?.name ?? null } : null;
}

/** Sets the password and activates the account; false when the link is no longer valid. */
export async function acceptInvitation(token: string, password: string): Promise<{ ok: true; email: string } | { ok: false }> {
  const invitation = await findOpenInvitation(token);
  if (!invitation) return { ok: false };
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    // Conditional update: two submissions of the same link cannot both succeed.
    const { count } = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null, revokedAt: null }, data: { acceptedAt: new Date() } });
    if (count !== 1) return { ok: false } as const;
    const user = await tx.user.update({ where: { id: invitation.userId }, data: { passwordHash, active: true } });
    await tx.auditLog.create({
      data: { actorId: user.id, delegationId: user.delegationId, action: "user.accept_invitation", entityType: "User", entityId: user.id },
    });
    return { ok: true, email: user.email } as const;
  });
}
