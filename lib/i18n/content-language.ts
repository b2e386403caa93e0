// The language of what the workspace shows besides its interface (issue 16): a
// screen reader switches voice on `lang`, so content carries its own. The meeting
// content — the ILO paper's background, key figures and notes, meeting and theme
// titles, instruments, delegation names — is seeded in English. What people write
// carries the language recorded when it was written (the `language` column of notes,
// replies and actions: migration 20261202120000_content_language).
import type { Locale } from "@/lib/generated/prisma/enums";

export const SEED_CONTENT_LANGUAGE = "en";

/** `lang` of a user's text: its recorded language, or nothing (the page's) if unknown. */
export function langOf(language: Locale | null | undefined): string | undefined {
  return language ?? undefined;
}
