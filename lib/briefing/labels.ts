// The words of a pack that both renderers print the same way — the marking, the
// cover's lines, a note's byline and place, an action's line — in the viewer's
// interface language. Dates are calendar days or moments in UTC, and say so.
import type { Translator } from "@/lib/i18n/translator";
import { isoDate } from "@/lib/dates";
import { formatDay, formatMoment } from "@/lib/follow-up/format";
import { formatMeetingDates } from "@/components/meetings/meeting-dates";
import type { TBriefingAction, TBriefingNote, TBriefingPack, TBriefingPosition } from "./types";

export const dayOf = (date: Date, t: Translator) => formatDay(isoDate(date)!, t.locale);

export function markingText(pack: Pick<TBriefingPack, "marking" | "audience">, t: Translator): string {
  if (pack.marking === "delegation" && pack.audience) return t.t("briefing.marking.delegation", { delegation: pack.audience.delegation });
  if (pack.marking === "group" && pack.audience) return t.t("briefing.marking.group", { group: t.t(`groups.${pack.audience.group}`) });
  return t.t("briefing.marking.public");
}

/** The cover's facts, label and value, in order (empty ones left out). */
export function coverLines(pack: TBriefingPack, t: Translator): { label: string; value: string }[] {
  const dates = formatMeetingDates(pack.meeting.startsOn, pack.meeting.endsOn, t.locale);
  const lines = [
    { label: t.t("briefing.cover.dates"), value: dates ?? "" },
    { label: t.t("briefing.cover.venue"), value: pack.meeting.venue ?? "" },
    ...(pack.audience
      ? [
          { label: t.t("briefing.cover.delegation"), value: pack.audience.delegation },
          { label: t.t("briefing.cover.group"), value: t.t(`groups.${pack.audience.group}`) },
        ]
      : []),
    { label: t.t("briefing.cover.generatedAt"), value: formatMoment(pack.generatedAt, t.locale) },
    { label: t.t("briefing.cover.generatedBy"), value: pack.preparedBy },
  ];
  return lines.filter((l) => l.value);
}

export function themeHeading(theme: { code: string; title: string }): string {
  return `${theme.code} — ${theme.title}`;
}

/** Who wrote a note or reply, for whom, when: names and a date, the same in every language. */
export function noteByline(note: Pick<TBriefingNote, "author" | "delegation" | "createdAt">, t: Translator): string {
  return [note.author, note.delegation, dayOf(note.createdAt, t)].join(", ");
}

/** Who sees a note, in words (the print page adds the scope's icon and border). */
export function noteScopeText(note: Pick<TBriefingNote, "scope" | "delegation" | "group">, t: Translator): string {
  if (note.scope === "DELEGATION") return t.t("annotations.scopeBadge.DELEGATION", { delegation: note.delegation });
  if (note.scope === "GROUP") return t.t("annotations.scopeBadge.GROUP", { group: t.t(`groups.${note.group}`) });
  return t.t("annotations.scopeBadge.ALL");
}

/** Where a note sits, and whether its thread is resolved. */
export function notePlace(note: TBriefingNote, t: Translator): string {
  const place =
    note.place.kind === "paragraph"
      ? t.t("briefing.theme.onParagraph", { number: note.place.position })
      : note.place.kind === "orphaned"
        ? t.t("briefing.theme.orphaned")
        : t.t("briefing.theme.onTheme");
  return note.resolvedAt ? `${place} · ${t.t("briefing.theme.resolvedOn", { date: dayOf(note.resolvedAt, t) })}` : place;
}

export function positionFacts(position: TBriefingPosition, t: Translator): string {
  const facts = [t.t("briefing.theme.positionStatus", { status: t.t(`positions.status.${position.status}`) })];
  if (position.agreedAt) facts.push(t.t("briefing.theme.agreedOn", { date: dayOf(position.agreedAt, t) }));
  if (position.deliveredAt) facts.push(t.t("briefing.theme.deliveredOn", { date: dayOf(position.deliveredAt, t) }));
  return facts.join(" · ");
}

/** An action's facts after its title: status, who, when, how it is shared. */
export function actionFacts(action: TBriefingAction, t: Translator, { withTheme = false } = {}): string[] {
  return [
    t.t(`actions.statuses.${action.status}`),
    action.assignee ? t.t("briefing.action.assignee", { person: action.assignee }) : t.t("actions.unassigned"),
    action.dueOn ? t.t("briefing.action.due", { date: formatDay(action.dueOn, t.locale) }) : t.t("actions.due.none"),
    ...(action.overdue ? [t.t("actions.due.overdue")] : []),
    t.t(`actions.scopes.${action.scope}`),
    ...(withTheme && action.theme ? [t.t("briefing.action.theme", { code: action.theme.code })] : []),
  ];
}
