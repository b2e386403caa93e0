import { Link } from "@/components/ui/link";
import type { Translator } from "@/lib/i18n/translator";
import type { TNoteActionView } from "@/lib/annotations/types";
import { langOf } from "@/lib/i18n/content-language";
import { Badge } from "@/components/ui/badge";

// The follow-up actions made from a note (issue 16): title, status, assignee, link.
// Only those the viewer may see reach here (lib/dal/annotations.ts reads them through
// the actions' visibility builder), so an action hidden from the viewer is neither
// listed nor counted. Rendered on the server into the note card's slot. A heading
// and a list, not a landmark: a page of notes would repeat the same region name.
export function NoteActions({ id, actions, t, headingLevel }: { id: string; actions: TNoteActionView[]; t: Translator; headingLevel: 3 | 4 }) {
  if (actions.length === 0) return null;
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const headingId = `${id}-actions`;
  return (
    <div className="grid gap-1 text-sm">
      <Heading id={headingId} className="font-semibold">
        {t.plural("annotations.actions.heading", actions.length)}
      </Heading>
      <ul aria-labelledby={headingId} className="grid gap-1">
        {actions.map((action) => (
          <li key={action.id} className="flex flex-wrap items-center gap-2">
            <Link href={`/actions/${action.id}`} lang={langOf(action.language)} className="font-medium text-brand underline underline-offset-2">
              {action.title}
            </Link>
            <Badge>{t.t(`actions.statuses.${action.status}`)}</Badge>
            <span className="text-muted">
              {action.assignee ? t.t("annotations.actions.assignedTo", { person: action.assignee }) : t.t("annotations.actions.unassigned")}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
