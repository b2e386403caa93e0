// iCalendar (RFC 5545) for the personal feed of due dates. Each action with a due
// date is an all-day VEVENT (calendar apps show VEVENTs; many ignore VTODO). Content
// lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character;
// TEXT values escape backslash, semicolon, comma and line breaks (§3.3.11).
import type { ActionPriority } from "@/lib/generated/prisma/enums";

export type TCalendarEvent = {
  /** Globally unique and stable across refreshes, so apps update rather than duplicate. */
  uid: string;
  /** The day it is due, YYYY-MM-DD. */
  date: string;
  summary: string;
  description?: string;
  url?: string;
  priority?: ActionPriority;
  /** Bumped on every change, so apps know the event was revised. */
  sequence?: number;
  lastModified?: Date;
};

export type TCalendar = { prodId: string; name: string; events: readonly TCalendarEvent[]; now: Date };

const MAX_OCTETS = 75;
// RFC 5545 §3.8.1.9: 1 highest … 9 lowest; the CUA convention maps 1-4/5/6-9.
const PRIORITY: Record<ActionPriority, number> = { HIGH: 1, MEDIUM: 5, LOW: 9 };

export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** 2013-10-03 → 20131003 (a DATE value). */
export function formatDate(isoDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new Error(`not a date: ${isoDate}`);
  return isoDate.replace(/-/g, "");
}

/** A UTC DATE-TIME, e.g. 20131003T091500Z (DTSTAMP must be UTC). */
export function formatDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
}

function nextDay(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Splits a content line into ≤75-octet pieces; continuation lines start with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The leading space of a continuation line counts towards its 75 octets.
    const limit = pieces.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      pieces.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join("\r\n ");
}

function eventLines(event: TCalendarEvent, dtstamp: string): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${dtstamp}`,
    `DTSTART;VALUE=DATE:${formatDate(event.date)}`,
    // DTEND of an all-day event is exclusive: the next day.
    `DTEND;VALUE=DATE:${formatDate(nextDay(event.date))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    "TRANSP:TRANSPARENT",
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  // URL is a URI value, not TEXT: it is not escaped, only folded.
  if (event.url) lines.push(`URL:${event.url}`);
  if (event.priority) lines.push(`PRIORITY:${PRIORITY[event.priority]}`);
  if (event.sequence !== undefined) lines.push(`SEQUENCE:${event.sequence}`);
  if (event.lastModified) lines.push(`LAST-MODIFIED:${formatDateTime(event.lastModified)}`);
  lines.push("END:VEVENT");
  return lines;
}

export function buildICalendar(calendar: TCalendar): string {
  const dtstamp = formatDateTime(calendar.now);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${calendar.prodId}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `NAME:${escapeText(calendar.name)}`,
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
    ...calendar.events.flatMap((e) => eventLines(e, dtstamp)),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
