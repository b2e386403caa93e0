import "server-only";
// A refused attempt to act on something (not visible, or not allowed) leaves an audit
// row, so the secretariat and heads can see probing. The person still only gets
// "not found". Logging must never turn a refusal into an error page.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { auditEntry } from "@/lib/audit";
import type { TServiceResult } from "@/lib/services/service-result";
import { failureState } from "@/lib/forms/form-state";

export async function recordRefusal(viewer: Viewer, attempted: string, entity: { type: string; id?: string | null } = { type: "Unknown" }) {
  try {
    await db.auditLog.create({ data: auditEntry(viewer, "authz.refused", entity, { attempted }) });
  } catch (error) {
    console.error("[audit] could not record a refusal", error);
  }
}

/** Form state for a failed service call; a "not found" (hidden or not allowed) is also audited. */
export async function refusalState(viewer: Viewer, attempted: string, result: Exclude<TServiceResult<unknown>, { ok: true }>, values?: Record<string, string>) {
  if ("notFound" in result) await recordRefusal(viewer, attempted);
  return failureState(result, values);
}

/** For buttons that show no message: audit a refusal, otherwise nothing to say. */
export async function auditIfRefused(viewer: Viewer, attempted: string, result: TServiceResult<unknown>) {
  if (!result.ok && "notFound" in result) await recordRefusal(viewer, attempted);
}
