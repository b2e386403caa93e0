import type { Translator } from "@/lib/i18n/translator";
import type { TActionDetail } from "@/lib/dal/actions";
import type { TActionDirectory } from "@/lib/dal/actions-directory";
import { formatDay, formatMoment } from "@/lib/follow-up/format";

type TChange = { before: unknown; after: unknown };
const FIELDS = ["title", "description", "meetingId", "themeId", "assigneeId", "dueOn", "priority", "status", "blockedReason", "scope"] as const;
type TField = (typeof FIELDS)[number];

const isField = (key: string): key is TField => (FIELDS as readonly string[]).includes(key);
const isChange = (value: unknown): value is TChange => typeof value === "object" && value !== null && "before" in value && "after" in value;

// Every change with who and when, oldest first. Ids stored in the history are shown
// as names; someone no longer in the viewer's group shows as "(none)".
export function ActionHistory({ events, directory, t }: { events: TActionDetail["events"]; directory: TActionDirectory; t: Translator }) {
  const empty = t.t("actions.history.empty");
  const value = (field: TField, raw: unknown): string => {
    if (raw === null || raw === undefined || raw === "") return empty;
    const s = String(raw);
    switch (field) {
      case "assigneeId":
        return directory.person(s)?.name ?? empty;
      case "themeId": {
        const theme = directory.theme(s);
        return theme ? `${theme.code} — ${theme.title}` : empty;
      }
      case "meetingId":
        return directory.meeting(s)?.title ?? empty;
      case "status":
        return ["OPEN", "IN_PROGRESS", "BLOCKED", "DONE", "CANCELLED"].includes(s) ? t.t(`actions.statuses.${s as "OPEN"}`) : s;
      case "priority":
        return ["LOW", "MEDIUM", "HIGH"].includes(s) ? t.t(`actions.priorities.${s as "LOW"}`) : s;
      case "scope":
        return s === "DELEGATION" || s === "GROUP" ? t.t(`actions.scopes.${s}`) : s;
      case "dueOn":
        return /^\d{4}-\d{2}-\d{2}$/.test(s) ? formatDay(s, t.locale) : s;
      default:
        return s;
    }
  };
  // A copy carried forward (lib/dal/carry-action.ts): the theme it came from, or went to.
  const copyHeading = (kind: "copied" | "copiedTo", changes: unknown, person: string) => {
    const link = (changes ?? {}) as { fromThemeId?: string; toThemeId?: string };
    const themeId = kind === "copied" ? link.fromThemeId : link.toThemeId;
    const code = (themeId && directory.theme(themeId)?.code) || empty;
    return t.t(kind === "copied" ? "carry.actionLinks.historyCopiedFrom" : "carry.actionLinks.historyCopiedTo", { person, code });
  };
  return (
    <ol className="grid gap-3">
      {events.map((event) => {
        const person = `${event.actor.delegationName} — ${event.actor.name}`;
        const changes = Object.entries((event.changes ?? {}) as Record<string, unknown>).filter(
          (entry): entry is [TField, TChange] => isField(entry[0]) && isChange(entry[1]),
        );
        const status = changes.find(([f]) => f === "status")?.[1];
        const heading =
          event.kind === "created"
            ? t.t("actions.history.created", { person })
            : event.kind === "status" && status
              ? t.t("actions.history.status", { person, from: value("status", status.before), to: value("status", status.after) })
              : event.kind === "deleted"
                ? t.t("actions.history.deleted", { person })
                : event.kind === "copied" || event.kind === "copiedTo"
                  ? copyHeading(event.kind, event.changes, person)
                  : event.kind === "updated"
                    ? t.t("actions.history.updated", { person })
                    : t.t("actions.history.other", { person });
        const details = event.kind === "updated" ? changes : event.kind === "status" ? changes.filter(([f]) => f !== "status") : [];
        return (
          <li key={event.id} className="border-l-4 border-line pl-3">
            <p>
              <span className="font-medium">{heading}</span>{" "}
              <time dateTime={event.createdAt.toISOString()} className="text-sm text-muted">
                {formatMoment(event.createdAt, t.locale)}
              </time>
            </p>
            {details.length > 0 ? (
              <ul className="ml-5 list-disc text-sm">
                {details.map(([field, change]) => (
                  <li key={field}>
                    {field === "description"
                      ? t.t("actions.history.descriptionChanged")
                      : t.t("actions.history.change", {
                          field: t.t(`actions.history.fields.${field}`),
                          before: value(field, change.before),
                          after: value(field, change.after),
                        })}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
