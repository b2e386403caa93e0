// Dates as people read them, in their language. Due dates are calendar days with no
// time zone: they are formatted in UTC so that 1 October never shows as 30 September.
import { dateTimeFormat } from "@/lib/i18n/date-format";

export function formatDay(isoDate: string, locale: string): string {
  return dateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${isoDate}T00:00:00Z`));
}

export function formatMoment(date: Date, locale: string): string {
  return dateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(date) + " UTC";
}
