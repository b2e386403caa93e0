// Who may do what with a note or a reply they can see. Whether they can see it at all
// is decided in lib/authz/visibility.ts (the one place for that); these rules only
// narrow it. Used by the write functions (authoritative) and by the UI (to offer only
// the controls that will work).
import type { Viewer } from "@/lib/auth/viewer";
import type { ConstituentGroup, Scope } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/authz/permissions";
import { canSeeAnnotation } from "@/lib/authz/visibility";

export type TNoteForRules = {
  authorId: string;
  delegationId: string;
  group: ConstituentGroup;
  scope: Scope;
  deletedAt: Date | null;
  hiddenAt: Date | null;
};

export type TReplyForRules = { authorId: string; delegationId: string; deletedAt: Date | null };

/** Members of a delegation write notes; the secretariat does not. */
export function canWriteNotes(viewer: Viewer): viewer is Viewer & { delegation: NonNullable<Viewer["delegation"]> } {
  return viewer.delegation !== null && can(viewer, "annotations.write");
}

/** Observers read and comment in public scope only (DESIGN.md, "Who uses it"). */
export function scopesFor(viewer: Viewer): Scope[] {
  if (!canWriteNotes(viewer)) return [];
  return viewer.delegation.group === "OBSERVER" ? ["ALL"] : ["DELEGATION", "GROUP", "ALL"];
}

/** A reply inherits the note's scope, so an observer replies only in public threads. */
export function canReply(viewer: Viewer, note: TNoteForRules): boolean {
  if (!canSeeAnnotation(viewer, note) || note.hiddenAt) return false;
  const scopes = scopesFor(viewer);
  return note.scope === "ALL" ? scopes.includes("ALL") : scopes.includes("DELEGATION");
}

export function canEditNote(viewer: Viewer, note: TNoteForRules): boolean {
  return canSeeAnnotation(viewer, note) && canWriteNotes(viewer) && note.authorId === viewer.userId;
}

/** The author, or the head of the delegation the note was written for. */
export function canDeleteNote(viewer: Viewer, note: TNoteForRules): boolean {
  if (!canSeeAnnotation(viewer, note)) return false;
  if (note.authorId === viewer.userId && canWriteNotes(viewer)) return true;
  return can(viewer, "annotations.deleteForDelegation") && viewer.delegation?.id === note.delegationId;
}

/** Resolving closes the discussion for the note's own delegation, so its members decide. */
export function canResolve(viewer: Viewer, note: TNoteForRules): boolean {
  return canSeeAnnotation(viewer, note) && !note.hiddenAt && canWriteNotes(viewer) && viewer.delegation.id === note.delegationId;
}

export function canModerate(viewer: Viewer, note: TNoteForRules): boolean {
  return canSeeAnnotation(viewer, note) && can(viewer, "annotations.moderate") && note.scope === "ALL";
}

export function canEditReply(viewer: Viewer, note: TNoteForRules, reply: TReplyForRules): boolean {
  return !reply.deletedAt && canReply(viewer, note) && reply.authorId === viewer.userId;
}

export function canDeleteReply(viewer: Viewer, note: TNoteForRules, reply: TReplyForRules): boolean {
  if (reply.deletedAt || !canSeeAnnotation(viewer, note)) return false;
  if (reply.authorId === viewer.userId && canWriteNotes(viewer)) return true;
  return can(viewer, "annotations.deleteForDelegation") && viewer.delegation?.id === reply.delegationId;
}

/** "Make this an action": actions belong to government, employer and worker delegations. */
export function canMakeAction(viewer: Viewer): boolean {
  return canWriteNotes(viewer) && viewer.delegation.group !== "OBSERVER";
}
