import { describe, expect, it } from "vitest";
import { buildICalendar, escapeText, foldLine, formatDateTime, type TCalendarEvent } from "./icalendar";

// An independent RFC 5545 checker: physical lines, unfolding, component nesting and
// the properties every VEVENT must carry.
const octets = (s: string) => new TextEncoder().encode(s).length;

function unfold(text: string): string[] {
  expect(text.endsWith("\r\n")).toBe(true);
  const physical = text.slice(0, -2).split("\r\n");
  for (const line of physical) {
    expect(line.includes("\n") || line.includes("\r"), `bare line break in ${JSON.stringify(line)}`).toBe(false);
    expect(octets(line), `line longer than 75 octets: ${line}`).toBeLessThanOrEqual(75);
  }
  return text.slice(0, -2).replace(/\r\n[ \t]/g, "").split("\r\n");
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

type TComponent = { name: string; props: { name: string; params: string; value: string }[]; children: TComponent[] };

function parse(lines: string[]): TComponent {
  const stack: TComponent[] = [];
  let root: TComponent | undefined;
  for (const line of lines) {
    const match = /^([A-Z0-9-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    expect(match, `not a content line: ${line}`).not.toBeNull();
    const [, name, params, value] = match!;
    if (name === "BEGIN") {
      const component: TComponent = { name: value!, props: [], children: [] };
      if (stack.length > 0) stack[stack.length - 1]!.children.push(component);
      else root = component;
      stack.push(component);
    } else if (name === "END") {
      expect(stack.pop()?.name).toBe(value);
    } else {
      stack[stack.length - 1]!.props.push({ name: name!, params: params ?? "", value: value! });
    }
  }
  expect(stack).toHaveLength(0);
  return root!;
}

const one = (c: TComponent, name: string) => {
  const found = c.props.filter((p) => p.name === name);
  expect(found, `${c.name} must have exactly one ${name}`).toHaveLength(1);
  return found[0]!;
};

const NOW = new Date("2013-09-20T08:05:09.123Z");
const EVENTS: TCalendarEvent[] = [
  {
    uid: "5b0b7c62-1111-4f00-9000-000000000001@delegate-workspace",
    date: "2013-10-03",
    summary: "Draft our RT4 statement; check C189, C97 and the \\ backslash",
    description: "Line one\nLine two, with a comma; and a semicolon.\r\nNext: « Peña » — 日本語のテキスト ".repeat(4),
    url: "https://workspace.example/actions/5b0b7c62-1111-4f00-9000-000000000001?from=calendar&x=1,2",
    priority: "HIGH",
    sequence: 3,
    lastModified: new Date("2013-09-19T10:00:00Z"),
  },
  { uid: "second@delegate-workspace", date: "2013-12-31", summary: "Year end" },
];

describe("[actions] iCalendar (RFC 5545)", () => {
  const text = buildICalendar({ prodId: "-//Delegate workspace//Actions//EN", name: "My actions, Sri Lanka", events: EVENTS, now: NOW });
  const calendar = parse(unfold(text));

  it("is a VCALENDAR 2.0 with PRODID and one VEVENT per action", () => {
    expect(calendar.name).toBe("VCALENDAR");
    expect(one(calendar, "VERSION").value).toBe("2.0");
    expect(one(calendar, "PRODID").value).toBe("-//Delegate workspace//Actions//EN");
    expect(unescapeText(one(calendar, "X-WR-CALNAME").value)).toBe("My actions, Sri Lanka");
    expect(calendar.children.map((c) => c.name)).toEqual(["VEVENT", "VEVENT"]);
  });

  it("gives every event a unique UID and a UTC DTSTAMP", () => {
    const uids = calendar.children.map((e) => one(e, "UID").value);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids[0]).toBe(EVENTS[0]!.uid);
    for (const event of calendar.children) {
      expect(one(event, "DTSTAMP").value).toMatch(/^\d{8}T\d{6}Z$/);
      expect(one(event, "DTSTAMP").value).toBe("20130920T080509Z");
    }
  });

  it("makes all-day events with an exclusive end date", () => {
    const [first, second] = calendar.children;
    expect(one(first!, "DTSTART")).toMatchObject({ params: ";VALUE=DATE", value: "20131003" });
    expect(one(first!, "DTEND")).toMatchObject({ params: ";VALUE=DATE", value: "20131004" });
    expect(one(second!, "DTEND").value).toBe("20140101");
    expect(one(first!, "PRIORITY").value).toBe("1");
    expect(one(first!, "SEQUENCE").value).toBe("3");
    expect(one(first!, "LAST-MODIFIED").value).toBe("20130919T100000Z");
  });

  it("escapes TEXT values and round-trips them after unfolding", () => {
    const first = calendar.children[0]!;
    expect(one(first, "SUMMARY").value).toBe("Draft our RT4 statement\\; check C189\\, C97 and the \\\\ backslash");
    expect(unescapeText(one(first, "SUMMARY").value)).toBe(EVENTS[0]!.summary);
    expect(unescapeText(one(first, "DESCRIPTION").value)).toBe(EVENTS[0]!.description!.replace(/\r\n/g, "\n"));
    // URI values are not TEXT: commas stay as they are.
    expect(one(first, "URL").value).toBe(EVENTS[0]!.url);
  });

  it("folds long lines at 75 octets without splitting a multi-byte character", () => {
    const line = `DESCRIPTION:${"é日".repeat(40)}`;
    const folded = foldLine(line);
    const physical = folded.split("\r\n");
    expect(physical.length).toBeGreaterThan(1);
    for (const [i, piece] of physical.entries()) {
      expect(octets(piece)).toBeLessThanOrEqual(75);
      if (i > 0) expect(piece.startsWith(" ")).toBe(true);
      // Each piece decodes on its own: no character was cut in half.
      expect(new TextDecoder("utf-8", { fatal: true }).decode(new TextEncoder().encode(piece))).toBe(piece);
    }
    expect(folded.replace(/\r\n /g, "")).toBe(line);
    expect(foldLine("SHORT:line")).toBe("SHORT:line");
  });

  it("escapes each special character and formats UTC stamps", () => {
    expect(escapeText("a\\b;c,d\ne")).toBe("a\\\\b\\;c\\,d\\ne");
    expect(formatDateTime(new Date("2013-11-04T23:59:59.999Z"))).toBe("20131104T235959Z");
  });

  it("is valid with no events at all", () => {
    const empty = parse(unfold(buildICalendar({ prodId: "-//x//y//EN", name: "None", events: [], now: NOW })));
    expect(empty.children).toEqual([]);
  });
});
