import { z } from "zod";
import { zLineText, zMultilineText } from "./text";
import { MAX_QUOTE_LENGTH } from "@/lib/annotations/anchoring";
import { MAX_TAGS, MAX_TAG_LENGTH, parseTags } from "@/lib/annotations/tags";

// Notes, replies and their moderation. Messages are i18n keys under
// annotations.errors (lib/i18n/messages/annotations.*.ts): the forms translate them.
// The limits match the database CHECK constraints.

export const MAX_BODY_LENGTH = 10_000;

const ZId = z.uuid("annotations.errors.notFound");

export const ZBody = zMultilineText()
  .max(MAX_BODY_LENGTH, "annotations.errors.bodyTooLong")
  .refine((s) => s.trim().length > 0, "annotations.errors.bodyRequired");

export const ZTags = zLineText()
  .max(MAX_TAGS * (MAX_TAG_LENGTH + 2) * 4, "annotations.errors.tooManyTags")
  .transform(parseTags)
  .pipe(
    z
      .array(z.string().max(MAX_TAG_LENGTH, "annotations.errors.tagTooLong"))
      .max(MAX_TAGS, "annotations.errors.tooManyTags"),
  );

export const ZScope = z.enum(["DELEGATION", "GROUP", "ALL"], "annotations.errors.scopeInvalid");

const ZOffset = z.coerce.number().int().min(0).max(1_000_000);

/**
 * A new note. The passage is named by paragraph and offsets; the server reads the
 * quote and its context from the stored text itself, and `quote` (what the person
 * saw selected) only checks that the text did not change in between.
 */
export const ZAnnotationInput = z
  .object({
    themeId: ZId,
    body: ZBody,
    scope: ZScope,
    tags: ZTags,
    anchor: z
      .object({
        paragraphId: ZId,
        start: ZOffset,
        end: ZOffset,
        quote: zMultilineText().max(MAX_QUOTE_LENGTH, "annotations.errors.quoteTooLong"),
      })
      .refine((a) => a.end > a.start, { message: "annotations.errors.quoteRequired", path: ["quote"] })
      .refine((a) => a.end - a.start <= MAX_QUOTE_LENGTH, { message: "annotations.errors.quoteTooLong", path: ["quote"] })
      .nullable(),
  })
  .strict();

export type TAnnotationInput = z.infer<typeof ZAnnotationInput>;

export const ZAnnotationEdit = z.object({
  annotationId: ZId,
  version: z.coerce.number().int().min(1),
  body: ZBody,
  tags: ZTags,
});

export type TAnnotationEdit = z.infer<typeof ZAnnotationEdit>;

export const ZReplyInput = z.object({ annotationId: ZId, body: ZBody });
export type TReplyInput = z.infer<typeof ZReplyInput>;

export const ZReplyEdit = z.object({ replyId: ZId, version: z.coerce.number().int().min(1), body: ZBody });
export type TReplyEdit = z.infer<typeof ZReplyEdit>;

export const ZNoteId = z.object({ annotationId: ZId });
export const ZReplyId = z.object({ replyId: ZId });
export const ZThemeId = z.object({ themeId: ZId });

export const ZFlag = z.enum(["true", "false"]).transform((v) => v === "true");

/** Panel filters, from the page's query string: anything unknown is ignored. */
export const ZNoteFilters = z.object({
  scope: ZScope.optional().catch(undefined),
  delegation: z.uuid().optional().catch(undefined),
  status: z.enum(["open", "resolved"]).optional().catch(undefined),
  tag: zLineText().trim().min(1).max(MAX_TAG_LENGTH).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

export type TNoteFilters = z.infer<typeof ZNoteFilters>;
