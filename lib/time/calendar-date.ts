// Pure helpers of the workspace date (lib/time/workspace-date.ts), kept apart so that
// unit tests and the env module can use them without reading the environment.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (2013-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

/**
 * The calendar's "now": the real time of day on the workspace date, or the real now
 * when no date is set. Only the day matters to the calendar; keeping the time of day
 * keeps "now" moving, so two readings a second apart still differ.
 */
export function calendarNow(workspaceDate: string | undefined, realNow: Date): Date {
  if (!workspaceDate) return realNow;
  return new Date(`${workspaceDate}T${realNow.toISOString().slice(11)}`);
}
