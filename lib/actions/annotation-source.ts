"use server";
import "server-only";
// The edit form of a note or reply asks for its source when it opens (the page does
// not carry it). Authenticated and authorised here like every action; anything the
// viewer may not edit answers null, whether it exists or not.
import { requireViewer } from "@/lib/auth/current-viewer";
import { findEditableSource, type TEditableSource } from "@/lib/dal/annotations-source";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function loadEditableSourceAction(kind: unknown, id: unknown): Promise<TEditableSource | null> {
  const viewer = await requireViewer();
  if ((kind !== "note" && kind !== "reply") || typeof id !== "string" || !UUID.test(id)) return null;
  return findEditableSource(viewer, kind, id);
}
