import type { Translator } from "@/lib/i18n/translator";
import type { TThemeNoteCount } from "@/lib/dal/annotations";

// "12 notes, 3 new" beside a theme on the meeting page. The count comes from
// countThemeNotesForMeeting, which counts only notes the viewer may see.
export function ThemeNoteCount({ count, t }: { count: TThemeNoteCount | undefined; t: Translator }) {
  if (!count || count.total === 0) return null;
  return (
    <span className="ml-2 text-sm text-muted">
      {t.plural("annotations.meeting.count", count.total)}
      {count.fresh > 0 ? `, ${t.plural("annotations.meeting.fresh", count.fresh)}` : ""}
    </span>
  );
}
