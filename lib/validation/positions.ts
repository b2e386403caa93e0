import { z } from "zod";
import { zLineText, zMultilineText } from "./text";

// Group positions and stances. Messages are i18n keys (lib/i18n/messages/positions.*):
// the forms translate them. Which theme and group come from the route and the
// session; the forms send only what the person chose.

/** Enough for a long position paper; a bound so nobody can post megabytes. */
export const POSITION_BODY_MAX = 50_000;
export const STANCE_NOTE_MAX = 500;

const ZRevision = z.coerce.number().int().min(0).max(1_000_000);

export const ZPositionSave = z.object({
  // Not trimmed: whitespace is part of Markdown, and of what the person typed.
  body: zMultilineText()
    .max(POSITION_BODY_MAX, "positions.errors.bodyTooLong")
    .refine((s) => s.trim().length > 0, "positions.errors.bodyRequired"),
  baseRevision: ZRevision,
});
export type TPositionSave = z.infer<typeof ZPositionSave>;

export const ZPositionStatusChange = z.object({
  to: z.enum(["DRAFT", "AGREED", "DELIVERED"]),
  baseRevision: ZRevision,
});
export type TPositionStatusChange = z.infer<typeof ZPositionStatusChange>;

export const ZPositionAgree = z.object({ baseRevision: ZRevision });

/** The editor open or left (lib/actions/positions.ts setEditingAction): anything else is ignored. */
export const ZPositionEditing = z.object({
  meetingSlug: zLineText().min(1).max(100),
  themeCode: zLineText().min(1).max(100),
  editing: z.boolean(),
});

export const ZPositionRestore = z.object({
  number: z.coerce.number().int().min(1).max(1_000_000),
  baseRevision: ZRevision,
});

export const STANCE_VALUES = ["SUPPORT", "SUPPORT_WITH_AMENDMENTS", "OPPOSE", "UNDECIDED"] as const;

export const ZStanceInput = z.object({
  value: z.enum(STANCE_VALUES, { error: "positions.errors.stanceRequired" }),
  note: zMultilineText().trim().max(STANCE_NOTE_MAX, "positions.errors.noteTooLong"),
});
export type TStanceInput = z.infer<typeof ZStanceInput>;

export const ZStancePermission = z.object({
  userId: z.uuid(),
  allowed: z.enum(["true", "false"]).transform((v) => v === "true"),
});

/** Revisions to compare on the history page (?from=&to=); bad values are ignored. */
export const ZRevisionPair = z.object({
  from: z.coerce.number().int().min(0).optional().catch(undefined),
  to: z.coerce.number().int().min(1).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
