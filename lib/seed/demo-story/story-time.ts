// Times of the demo's story. The story happens in 2013 and is told as of its workspace
// date (story-date.json, also read by `npm start` and the e2e run: README "The demo");
// its data files write "MM-DD hh:mm" for moments and "MM-DD" for due dates, in UTC.
import storyDate from "./story-date.json";

export const STORY_WORKSPACE_DATE: string = storyDate.workspaceDate;
const YEAR = STORY_WORKSPACE_DATE.slice(0, 4);

/** "08-06 08:40" → 2013-08-06T08:40:00Z */
export function storyMoment(text: string): Date {
  const [day, time] = text.split(" ");
  const at = new Date(`${YEAR}-${day}T${time ?? "00:00"}:00Z`);
  if (Number.isNaN(at.getTime())) throw new Error(`demo story: bad time "${text}"`);
  return at;
}

/** "09-13" → the DATE 2013-09-13 (midnight UTC, as PostgreSQL DATE arrives). */
export function storyDay(text: string): Date {
  return storyMoment(`${text} 00:00`);
}

export function addMinutes(at: Date, minutes: number): Date {
  return new Date(at.getTime() + minutes * 60_000);
}
