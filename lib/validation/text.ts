// User text as it may be stored: no control characters. NUL cannot be stored in a
// PostgreSQL text column at all (it gave 500s and generic errors, issue 10), and the
// other C0 and C1 controls are invisible, break exports (CSV, iCalendar, e-mail
// headers) and have no business in a note or a name. Text that spans lines keeps tab,
// line feed and carriage return; a one-line field (name, title, e-mail, tag) refuses
// those too, since a browser's one-line input never sends them.
//
// Refused with a message beside the field rather than stripped: what was typed comes
// back, and the person sees why, instead of finding text silently changed.
import { z } from "zod";

/** The i18n key of the message (lib/i18n/messages, `validation`). */
export const CONTROL_CHARACTERS_MESSAGE = "validation.controlCharacters";

const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/** True when `text` holds a character a field of this kind must not store. */
export function hasControlCharacters(text: string, { multiline = false } = {}): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (!isControl(code)) continue;
    if (multiline && (code === TAB || code === LINE_FEED || code === CARRIAGE_RETURN)) continue;
    return true;
  }
  return false;
}

/** The refinement itself, for schemas that are not plain strings (e.g. a password policy). */
export const noControlCharacters = (multiline = false) => ({
  check: (text: string) => !hasControlCharacters(text, { multiline }),
  message: CONTROL_CHARACTERS_MESSAGE,
});

/** A one-line text: names, titles, e-mail addresses, tags, reasons. Chain trim/min/max after. */
export function zLineText(params?: Parameters<typeof z.string>[0]) {
  const rule = noControlCharacters(false);
  return z.string(params).refine(rule.check, rule.message);
}

/** Text over several lines: bodies, descriptions, comments, notes, background text. */
export function zMultilineText(params?: Parameters<typeof z.string>[0]) {
  const rule = noControlCharacters(true);
  return z.string(params).refine(rule.check, rule.message);
}

/**
 * True when a URL path, as received (percent-encoded), names a control character: no
 * page, id or token of ours contains one, and a NUL must not reach a database query.
 */
export function pathHasControlCharacters(rawPath: string): boolean {
  return /%[01][0-9a-f]|%7f|%c2%[89][0-9a-f]/i.test(rawPath) || hasControlCharacters(rawPath);
}
