// Where a meeting stands relative to today, in whole calendar days (UTC dates, as the
// meeting dates are stored), for "12 days left" and "ended 3 days ago".
export type TMeetingTiming =
  | { state: "upcoming"; days: number }
  | { state: "today" }
  | { state: "inProgress" }
  | { state: "ended"; days: number }
  | { state: "tbc" };

const DAY_MS = 86_400_000;
const dayNumber = (isoDate: string) => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);

export function meetingTiming(startsOn: string | null, endsOn: string | null, now: Date): TMeetingTiming {
  if (!startsOn) return { state: "tbc" };
  const today = Math.floor(now.getTime() / DAY_MS);
  const start = dayNumber(startsOn);
  const end = endsOn ? dayNumber(endsOn) : start;
  if (today < start) return { state: "upcoming", days: start - today };
  if (today === start) return { state: "today" };
  if (today <= end) return { state: "inProgress" };
  return { state: "ended", days: today - end };
}
