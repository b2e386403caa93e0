import "server-only";
// Delegations and the people in them. The secretariat manages all of them; a head of
// delegation manages the people of their own delegation (lib/authz/admin.ts). People
// join by invitation: the account is created inactive and becomes active when the
// person sets a password through the one-time link.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { auditEntry } from "@/lib/audit";
import { assignableRoles, canManageDelegations, canManagePeopleOf } from "@/lib/authz/admin";
import { createSecretToken } from "@/lib/auth/tokens";
import { revokeCalendarFeedsOf } from "@/lib/dal/actions-calendar";
import type { TDelegationInput, TInviteInput } from "@/lib/validation/admin";
import { fieldError, isUniqueViolation, notFound, ok, type TServiceResult } from "./service-result";

export const INVITATION_LIFETIME_DAYS = 7;
// Not a valid argon2 string, so no password ever matches an invited account.
const NO_PASSWORD_YET = "!invited";

export async function createDelegation(viewer: Viewer, input: TDelegationInput): Promise<TServiceResult<{ id: string }>> {
  if (!canManageDelegations(viewer)) return notFound();
  try {
    return await db.$transaction(async (tx) => {
      const delegation = await tx.delegation.create({ data: input });
      await tx.auditLog.create({ data: auditEntry(viewer, "delegation.create", { type: "Delegation", id: delegation.id }, input) });
      return ok({ id: delegation.id });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fieldError("name", "admin.errors.nameTaken");
    throw error;
  }
}

/** Renames, or moves to another group — the latter only while the delegation has
 *  recorded no stance and written no group position, which belong to its group. */
export async function updateDelegation(viewer: Viewer, id: string, input: TDelegationInput): Promise<TServiceResult> {
  if (!canManageDelegations(viewer)) return notFound();
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.delegation.findUnique({ where: { id } });
      if (!before) return notFound();
      if (before.group !== input.group) {
        const [stances, revisions, agreements] = await Promise.all([
          tx.stance.count({ where: { delegationId: id } }),
          tx.positionRevision.count({ where: { delegationId: id } }),
          tx.positionAgreement.count({ where: { delegationId: id } }),
        ]);
        if (stances + revisions + agreements > 0) return fieldError("group", "admin.errors.groupLocked");
        // The members now see another group's material: feed URLs issued before stop.
        await revokeCalendarFeedsOf(tx, { delegationId: id });
      }
      await tx.delegation.update({ where: { id }, data: input });
      await tx.auditLog.create({
        data: auditEntry(viewer, "delegation.update", { type: "Delegation", id }, { before: { name: before.name, group: before.group }, after: input }),
      });
      return ok(undefined);
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fieldError("name", "admin.errors.nameTaken");
    throw error;
  }
}

/** Deactivating a delegation locks its members out at their next request, and revokes
 *  their calendar feeds for good (reactivation does not bring them back). */
export async function setDelegationActive(viewer: Viewer, id: string, active: boolean): Promise<TServiceResult> {
  if (!canManageDelegations(viewer)) return notFound();
  return db.$transaction(async (tx) => {
    const delegation = await tx.delegation.findUnique({ where: { id }, select: { id: true } });
    if (!delegation) return notFound();
    await tx.delegation.update({ where: { id }, data: { active } });
    if (!active) {
      await tx.session.updateMany({ where: { user: { delegationId: id }, revokedAt: null }, data: { revokedAt: new Date() } });
      await revokeCalendarFeedsOf(tx, { delegationId: id });
    }
    await tx.auditLog.create({ data: auditEntry(viewer, active ? "delegation.activate" : "delegation.deactivate", { type: "Delegation", id }) });
    return ok(undefined);
  });
}

async function issueInvitation(tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], viewer: Viewer, userId: string) {
  await tx.invitation.updateMany({ where: { userId, acceptedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
  const { token, tokenHash } = createSecretToken();
  await tx.invitation.create({
    data: { userId, tokenHash, invitedById: viewer.userId, expiresAt: new Date(Date.now() + INVITATION_LIFETIME_DAYS * 86_400_000) },
  });
  return token;
}

/**
 * Invites a person into a delegation (or, for the secretariat only, into the
 * secretariat when delegationId is null). Returns the one-time token for the link.
 */
export async function invitePerson(
  viewer: Viewer,
  delegationId: string | null,
  input: TInviteInput,
): Promise<TServiceResult<{ userId: string; token: string; delegationName: string | null }>> {
  if (!canManagePeopleOf(viewer, delegationId)) return notFound();
  if (!assignableRoles(viewer).includes(input.role)) return fieldError("role", "admin.errors.roleNotAllowed");
  if ((input.role === "SECRETARIAT") !== (delegationId === null)) return fieldError("role", "admin.errors.roleNotAllowed");
  try {
    return await db.$transaction(async (tx) => {
      const delegation = delegationId ? await tx.delegation.findUnique({ where: { id: delegationId }, select: { name: true } }) : null;
      if (delegationId && !delegation) return notFound<{ userId: string; token: string; delegationName: string | null }>();
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, delegationId, active: false, passwordHash: NO_PASSWORD_YET },
      });
      const token = await issueInvitation(tx, viewer, user.id);
      await tx.auditLog.create({
        data: { ...auditEntry(viewer, "user.invite", { type: "User", id: user.id }, { email: input.email, role: input.role }), delegationId: delegationId ?? viewer.delegation?.id ?? null },
      });
      return ok({ userId: user.id, token, delegationName: delegation?.name ?? null });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fieldError("email", "admin.errors.emailTaken");
    throw error;
  }
}

async function findManagedUser(viewer: Viewer, userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, delegationId: true, role: true, active: true, passwordHash: true, delegation: { select: { name: true } } },
  });
  return user && canManagePeopleOf(viewer, user.delegationId) ? user : null;
}

export async function resendInvitation(
  viewer: Viewer,
  userId: string,
): Promise<TServiceResult<{ token: string; email: string; name: string; delegationName: string | null }>> {
  const user = await findManagedUser(viewer, userId);
  if (!user) return notFound();
  if (user.passwordHash !== NO_PASSWORD_YET) return fieldError("invitation", "admin.errors.alreadyJoined");
  return db.$transaction(async (tx) => {
    const token = await issueInvitation(tx, viewer, userId);
    await tx.auditLog.create({ data: { ...auditEntry(viewer, "user.invite_resend", { type: "User", id: userId }), delegationId: user.delegationId } });
    return ok({ token, email: user.email, name: user.name, delegationName: user.delegation?.name ?? null });
  });
}

export async function changeRole(viewer: Viewer, userId: string, role: UserRole): Promise<TServiceResult> {
  const user = await findManagedUser(viewer, userId);
  if (!user) return notFound();
  const allowed = assignableRoles(viewer).filter((r) => r !== "SECRETARIAT") as UserRole[];
  // Delegation members stay in their delegation; nobody is moved into or out of the secretariat here.
  if (user.role === "SECRETARIAT" || !allowed.includes(role)) return fieldError("role", "admin.errors.roleNotAllowed");
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { role } });
    // What the feed may show follows the role: a URL issued under the old one stops.
    if (role !== user.role) await revokeCalendarFeedsOf(tx, { id: userId });
    await tx.auditLog.create({
      data: { ...auditEntry(viewer, "user.change_role", { type: "User", id: userId }, { before: user.role, after: role }), delegationId: user.delegationId },
    });
    return ok(undefined);
  });
}

/** Deactivation ends the person's sessions and revokes their calendar feed at once. */
export async function setPersonActive(viewer: Viewer, userId: string, active: boolean): Promise<TServiceResult> {
  const user = await findManagedUser(viewer, userId);
  if (!user || user.id === viewer.userId) return notFound();
  if (active && user.passwordHash === NO_PASSWORD_YET) return fieldError("active", "admin.errors.notJoinedYet");
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { active } });
    if (!active) {
      // Deactivation also withdraws any open invitation, or the old link would
      // reactivate the account.
      await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
      await revokeCalendarFeedsOf(tx, { id: userId });
      await tx.invitation.updateMany({ where: { userId, acceptedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
    }
    await tx.auditLog.create({
      data: { ...auditEntry(viewer, active ? "user.activate" : "user.deactivate", { type: "User", id: userId }), delegationId: user.delegationId },
    });
    return ok(undefined);
  });
}
