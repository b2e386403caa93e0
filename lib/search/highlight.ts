// Snippets with the matched words marked, as safe HTML. The database's ts_headline
// (search_headline in the search migration) marks matches with two private-use
// characters and carries "<" and ">" as two others, since it would drop anything that
// looks like an HTML tag; all four are removed from the text before it is headlined,
// so a document cannot forge them. Here the brackets come back, the text is escaped,
// and only then do the markers become <mark> elements. Whatever a note says —
// "<script>", "<b>", an entity — arrives as text.

export const MARK_START = "\uE000";
export const MARK_END = "\uE001";
const LESS_THAN = "\uE002";
const GREATER_THAN = "\uE003";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** The snippet as HTML: escaped text with <mark> around each match (markers always paired). */
export function snippetHtml(headline: string): string {
  let open = false;
  let html = "";
  for (const part of headline.split(/([\uE000\uE001])/)) {
    if (part === MARK_START) {
      if (!open) html += "<mark>";
      open = true;
    } else if (part === MARK_END) {
      if (open) html += "</mark>";
      open = false;
    } else {
      html += escapeHtml(part.replaceAll(LESS_THAN, "<").replaceAll(GREATER_THAN, ">"));
    }
  }
  return open ? `${html}</mark>` : html;
}
