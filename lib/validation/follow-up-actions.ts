import { z } from "zod";
import { zLineText, zMultilineText } from "./text";

// Messages are i18n keys under actions.errors (lib/i18n/messages/actions.en.ts): the
// forms translate them. Ids of tenants are never read from these inputs.

const STATUSES = ["OPEN", "IN_PROGRESS", "BLOCKED", "DONE", "CANCELLED"] as const;
const PRIORITIES = ["LOW", "MEDIUM", "HIGH"] as const;

/** An empty form field means "not given". */
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const optionalId = z.preprocess(blankToUndefined, z.uuid({ error: "actions.errors.invalidChoice" }).optional());

const isRealDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

export const ZIsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "actions.errors.dueInvalid" })
  .refine(isRealDate, { error: "actions.errors.dueInvalid" })
  .refine((s) => s >= "2000-01-01" && s <= "2099-12-31", { error: "actions.errors.dueInvalid" });

const fields = {
  title: zLineText({ error: "actions.errors.titleRequired" })
    .trim()
    .min(1, { error: "actions.errors.titleRequired" })
    .max(200, { error: "actions.errors.titleTooLong" }),
  description: zMultilineText().max(10_000, { error: "actions.errors.descriptionTooLong" }).default(""),
  meetingId: optionalId,
  themeId: optionalId,
  assigneeId: optionalId,
  dueOn: z.preprocess(blankToUndefined, ZIsoDate.optional()),
  priority: z.enum(PRIORITIES, { error: "actions.errors.invalidChoice" }).default("MEDIUM"),
};

export const ZActionCreateInput = z.object({
  ...fields,
  // ALL is for notes only; the database refuses it too.
  scope: z.enum(["DELEGATION", "GROUP"], { error: "actions.errors.scopeInvalid" }),
  annotationId: optionalId,
});
export type TActionCreateInput = z.infer<typeof ZActionCreateInput>;

/** Scope and source note are fixed when the action is created. */
export const ZActionUpdateInput = z.object({
  ...fields,
  id: z.uuid(),
  version: z.coerce.number().int().min(1),
});
export type TActionUpdateInput = z.infer<typeof ZActionUpdateInput>;

export const ZStatusChangeInput = z.object({
  id: z.uuid(),
  status: z.enum(STATUSES, { error: "actions.errors.invalidChoice" }),
  /** The status the person saw: if it changed meanwhile, the move is refused. */
  fromStatus: z.enum(STATUSES),
  blockedReason: z.preprocess(blankToUndefined, zLineText().trim().max(500, { error: "actions.errors.reasonTooLong" }).optional()),
});
export type TStatusChangeInput = z.infer<typeof ZStatusChangeInput>;

export const ZCommentInput = z.object({
  actionId: z.uuid(),
  body: zMultilineText({ error: "actions.errors.commentRequired" })
    .trim()
    .min(1, { error: "actions.errors.commentRequired" })
    .max(5_000, { error: "actions.errors.commentTooLong" }),
});
export type TCommentInput = z.infer<typeof ZCommentInput>;

export const ZActionIdInput = z.object({ id: z.uuid() });

// ── List filters, read from the URL. Bad values fall back to the default rather than
// failing: a mangled link still shows a list.

export const SORT_KEYS = ["due", "priority", "status", "title", "updated", "created"] as const;
export const STATUS_FILTERS = ["active", "all", ...STATUSES] as const;

export const ZActionFilters = z.object({
  assignee: z.union([z.enum(["me", "any", "none"]), z.uuid()]).catch("me"),
  status: z.enum(STATUS_FILTERS).catch("active"),
  meeting: z.uuid().optional().catch(undefined),
  theme: z.uuid().optional().catch(undefined),
  priority: z.enum(PRIORITIES).optional().catch(undefined),
  dueBefore: ZIsoDate.optional().catch(undefined),
  overdue: z
    .enum(["1"])
    .optional()
    .catch(undefined)
    .transform((v) => v === "1"),
  sort: z.enum(SORT_KEYS).catch("due"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type TActionFilters = z.infer<typeof ZActionFilters>;
