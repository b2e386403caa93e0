// Snippets with the matched words marked, as safe HTML. The database's ts_headline
// marks matches with two private-use characters (removed from the text before it is
// headlined, so a document cannot forge them); here the snippet is HTML-escaped first
// and only then are the markers turned into <mark> elements. Whatever a note says —
// "<script>", "<b>", an entity — arrives as text.

export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** The snippet as HTML: escaped text with <mark> around each match (markers always paired). */
export function snippetHtml(headline: string): string {
  let open = false;
  let html = "";
  for (const part of escapeHtml(headline).split(/([\uE000\uE001])/)) {
    if (part === MARK_START && !open) {
      html += "<mark>";
      open = true;
    } else if (part === MARK_END && open) {
      html += "</mark>";
      open = false;
    } else if (part !== MARK_START && part !== MARK_END) {
      html += part;
    }
  }
  return open ? `${html}</mark>` : html;
}
