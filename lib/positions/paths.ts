// Where positions live in the app, in one place for pages, actions and notifications.
import { groupSlug, type TPositionGroup } from "./status";

export function themeHref(meetingSlug: string, themeCode: string): string {
  return `/meetings/${meetingSlug}/themes/${encodeURIComponent(themeCode)}`;
}

export function positionHref(meetingSlug: string, themeCode: string, group: TPositionGroup): string {
  return `${themeHref(meetingSlug, themeCode)}/position/${groupSlug(group)}`;
}

export function positionEditHref(meetingSlug: string, themeCode: string, group: TPositionGroup): string {
  return `${positionHref(meetingSlug, themeCode, group)}/edit`;
}

export function positionHistoryHref(meetingSlug: string, themeCode: string, group: TPositionGroup): string {
  return `${positionHref(meetingSlug, themeCode, group)}/history`;
}

export function matrixHref(meetingSlug: string): string {
  return `/meetings/${meetingSlug}/positions`;
}

/** Each delegation's stance on a theme, for the delegations of the viewer's group. */
export function stancesHref(meetingSlug: string, themeCode: string): string {
  return `${themeHref(meetingSlug, themeCode)}/stances`;
}
