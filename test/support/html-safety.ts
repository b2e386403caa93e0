// Judges stored HTML the way an attacker hopes a browser would read it, without
// trusting the sanitiser's own parser: a strict grammar (every tag on an allow-list,
// every attribute named and quoted, no stray angle brackets), and link targets decoded
// as a browser decodes them before their scheme is judged. Used by the unit battery
// (lib/markdown/render.test.ts) and the integration test of the stored columns.

const TAGS = new Set(["p", "br", "hr", "strong", "em", "del", "code", "pre", "blockquote", "a", "span", "ul", "ol", "li", "input", "table", "thead", "tbody", "tr", "th", "td", "sup", "section"]);
const ATTRS: Record<string, Set<string>> = {
  a: new Set(["href", "title", "rel", "class", "id"]),
  p: new Set(["class"]),
  ul: new Set(["class"]),
  ol: new Set(["class", "start"]),
  li: new Set(["id"]),
  input: new Set(["type", "checked", "disabled"]),
  th: new Set(["align"]),
  td: new Set(["align"]),
};
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z-]+(?:="[^"<>]*")?)*)\s*(\/?)>/g;
const ATTR = /\s+([a-zA-Z-]+)(?:="([^"<>]*)")?/g;
const SAFE_HREF = /^(https?:|mailto:|\/(?!\/)|#)/i;

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(quot|apos|lt|gt|amp|colon|tab|newline);/gi, (_, name: string) =>
      ({ quot: '"', apos: "'", lt: "<", gt: ">", amp: "&", colon: ":", tab: "\t", newline: "\n" })[name.toLowerCase()]!,
    );
}

/** Every problem a browser could turn into script or a request elsewhere. */
export function problemsIn(html: string): string[] {
  const problems: string[] = [];
  const text = html.replace(TAG, (whole, _close: string, rawName: string, attrs: string) => {
    const name = rawName.toLowerCase();
    if (!TAGS.has(name)) problems.push(`tag <${name}>`);
    for (const [, rawAttr, rawValue = ""] of attrs.matchAll(ATTR)) {
      const attr = rawAttr!.toLowerCase();
      if (!ATTRS[name]?.has(attr)) problems.push(`attribute ${attr} on <${name}>`);
      // Browsers drop tabs, newlines and leading control characters and spaces from URLs.
      const value = decodeEntities(rawValue).replace(/[\u0000-\u0020]/g, "");
      if (attr === "href" && !SAFE_HREF.test(value)) problems.push(`href ${value.slice(0, 40)}`);
      if (attr === "id" && !/^user-content-[\w-]+$/.test(value)) problems.push(`id ${value}`);
      if (attr === "class" && /[^a-z0-9 -]/.test(value)) problems.push(`class ${value}`);
      if (attr === "type" && value !== "checkbox") problems.push(`input type ${value}`);
    }
    return "";
  });
  if (/[<>]/.test(text)) problems.push(`stray markup: ${text.slice(Math.max(0, text.search(/[<>]/) - 20), text.search(/[<>]/) + 40)}`);
  return problems;
}

