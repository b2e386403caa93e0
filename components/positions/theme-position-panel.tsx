import type { Viewer } from "@/lib/auth/viewer";
import type { TThemeDetail } from "@/lib/dal/meetings";
import type { Translator } from "@/lib/i18n/translator";

// The theme page's "Group position" panel and "Our stance" control (issue: positions).
export async function ThemePositionPanel(_props: { viewer: Viewer; theme: TThemeDetail; t: Translator }) {
  return null;
}
