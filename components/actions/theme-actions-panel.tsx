import type { Viewer } from "@/lib/auth/viewer";
import type { TThemeDetail } from "@/lib/dal/meetings";
import type { Translator } from "@/lib/i18n/translator";

// The theme page's follow-up actions: open actions on this theme and "New action"
// (issue: actions).
export async function ThemeActionsPanel(_props: { viewer: Viewer; theme: TThemeDetail; t: Translator }) {
  return null;
}
