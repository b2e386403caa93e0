import { z } from "zod";
import { zLineText, zMultilineText } from "./text";

// Messages are i18n keys (lib/i18n/messages: admin.errors.*).
const optionalDate = zLineText()
  .trim()
  .transform((v) => (v === "" ? null : v))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "admin.errors.date").nullable());

export const ZMeetingInput = z
  .object({
    slug: zLineText().trim().toLowerCase().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "admin.errors.slug").max(60, "admin.errors.slug"),
    kind: z.enum(["HIGH_LEVEL_DIALOGUE", "TECHNICAL_MEETING", "REGIONAL_PREPARATORY"], "admin.errors.required"),
    title: zLineText().trim().min(1, "admin.errors.required").max(300, "admin.errors.tooLong"),
    venue: zLineText().trim().max(200, "admin.errors.tooLong").transform((v) => v || null),
    startsOn: optionalDate,
    endsOn: optionalDate,
  })
  .refine((m) => !m.startsOn || !m.endsOn || m.endsOn >= m.startsOn, { path: ["endsOn"], message: "admin.errors.endBeforeStart" })
  .refine((m) => !m.endsOn || m.startsOn, { path: ["startsOn"], message: "admin.errors.required" });

export type TMeetingInput = z.infer<typeof ZMeetingInput>;

/** Background text as typed: paragraphs separated by a blank line. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, " ").trim())
    .filter(Boolean);
}

export const ZThemeInput = z.object({
  code: zLineText().trim().regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,19}$/, "admin.errors.code"),
  title: zLineText().trim().min(1, "admin.errors.required").max(500, "admin.errors.tooLong"),
  background: zMultilineText().max(100_000, "admin.errors.tooLong").transform(splitParagraphs),
});

export type TThemeInput = z.infer<typeof ZThemeInput>;

export const ZDelegationInput = z.object({
  name: zLineText().trim().min(2, "admin.errors.required").max(200, "admin.errors.tooLong"),
  group: z.enum(["GOVERNMENT", "EMPLOYERS", "WORKERS", "OBSERVER"], "admin.errors.required"),
});

export type TDelegationInput = z.infer<typeof ZDelegationInput>;

export const ZInviteInput = z.object({
  email: zLineText().trim().toLowerCase().email("admin.errors.email").max(320, "admin.errors.tooLong"),
  name: zLineText().trim().min(1, "admin.errors.required").max(200, "admin.errors.tooLong"),
  role: z.enum(["HEAD_OF_DELEGATION", "DELEGATE", "ADVISER", "SECRETARIAT"], "admin.errors.required"),
});

export type TInviteInput = z.infer<typeof ZInviteInput>;
