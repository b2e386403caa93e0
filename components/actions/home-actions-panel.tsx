import type { Viewer } from "@/lib/auth/viewer";
import type { Translator } from "@/lib/i18n/translator";

// Home page: my open and overdue actions, due this week (issue: actions).
export async function HomeActionsPanel(_props: { viewer: Viewer; t: Translator }) {
  return null;
}
