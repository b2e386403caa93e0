import type { Viewer } from "@/lib/auth/viewer";
import type { Translator } from "@/lib/i18n/translator";

// Home page: themes where my delegation has no stance yet, group positions still in
// DRAFT before the meeting (issue: positions).
export async function HomePositionsPanel(_props: { viewer: Viewer; t: Translator }) {
  return null;
}
