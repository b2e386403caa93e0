import type { Viewer } from "@/lib/auth/viewer";
import type { Translator } from "@/lib/i18n/translator";

// Home page: recent notes and replies the viewer may see (issue: annotations).
export async function HomeNotesPanel(_props: { viewer: Viewer; t: Translator }) {
  return null;
}
