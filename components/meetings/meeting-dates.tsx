import type { TLocale } from "@/lib/i18n/locales";
import { dateTimeFormat } from "@/lib/i18n/date-format";

// Dates are calendar days, so they are formatted in UTC to show the same day
// everywhere.
export function formatMeetingDates(startsOn: string | null, endsOn: string | null, locale: TLocale): string | null {
  if (!startsOn) return null;
  const format = dateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const start = new Date(`${startsOn}T00:00:00Z`);
  if (!endsOn || endsOn === startsOn) return format.format(start);
  return format.formatRange(start, new Date(`${endsOn}T00:00:00Z`));
}
