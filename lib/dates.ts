// Calendar dates (meeting days, due dates) are stored as PostgreSQL DATE, which
// arrives as midnight UTC; they travel as "YYYY-MM-DD" so no time zone shifts a day.
export function isoDate(d: Date | null): string | null {
  return d ? d.toISOString().slice(0, 10) : null;
}

export function dateFromIso(iso: string | null): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}
