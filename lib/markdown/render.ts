// User-written Markdown (notes, replies, action descriptions and comments, group
// positions) turned into safe HTML once, when it is written; the HTML is stored beside
// the source and pages print it as it is (components/ui/rendered-markdown.tsx).
//
// Two layers, so that a mistake in one is caught by the other:
// 1. micromark + GFM compiles the Markdown with raw HTML *escaped* (shown as text,
//    never parsed as markup) and with its own URL filter on links and images.
// 2. sanitize-html re-parses that output against a strict allow-list of tags,
//    attributes, classes and URL schemes, and applies our presentation rules: only
//    http(s), mailto, same-site paths and #fragments stay links (anything else becomes
//    plain text), links carry rel="noopener noreferrer nofollow", images become their
//    alt text (an image could beacon the reader's address to another site), headings
//    become bold paragraphs (user text adds nothing to the page outline).
//
// Why this pipeline: micromark is the parser react-markdown used already (the same
// CommonMark + GFM behaviour), but compiling straight to a string skips the mdast,
// hast and React element trees; sanitize-html is the widely used allow-list sanitiser
// for server-side HTML. Changing anything here that alters the output means raising
// RENDERER_VERSION, so stored rows are re-rendered (lib/markdown/rerender.ts).
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import sanitizeHtml from "sanitize-html";
import { LINK_CLASS, LINK_REL } from "./render-classes";

/** Version of the rules above. Raise it whenever the HTML they produce changes. */
export const RENDERER_VERSION = 1;

const SAFE_HREF = /^(https?:|mailto:|\/(?!\/)|#)/i;
const FOOTNOTE_ID = /^user-content-[\w-]+$/;


const heading: sanitizeHtml.Transformer = () => ({ tagName: "p", attribs: { class: "font-semibold" } });

// Only GFM footnotes carry ids, and only with the user-content- prefix, so a note
// can never take the id of an element of the page.
const footnoteId = (attribs: sanitizeHtml.Attributes): sanitizeHtml.Attributes =>
  attribs.id && FOOTNOTE_ID.test(attribs.id) ? { id: attribs.id } : {};

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    "p", "br", "hr", "strong", "em", "del", "code", "pre", "blockquote", "a", "span", "ul", "ol", "li", "input",
    "table", "thead", "tbody", "tr", "th", "td", "sup", "section",
  ],
  allowedAttributes: {
    a: ["href", "title", "rel", "class", "id"],
    p: ["class"],
    ul: ["class"],
    ol: ["class", "start"],
    li: ["id"],
    sup: [],
    input: ["type", "checked", "disabled"],
    th: ["align"],
    td: ["align"],
  },
  allowedClasses: {
    a: LINK_CLASS.split(" "),
    p: ["font-semibold"],
    ul: ["ml-5", "list-disc"],
    ol: ["ml-5", "list-decimal"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: {},
  allowProtocolRelative: false,
  allowedSchemesAppliedToAttributes: ["href"],
  disallowedTagsMode: "discard",
  transformTags: {
    a: (_tag, attribs): sanitizeHtml.Tag => {
      const href = (attribs.href ?? "").trim();
      if (!SAFE_HREF.test(href)) return { tagName: "span", attribs: {} };
      return {
        tagName: "a",
        attribs: { href, ...(attribs.title ? { title: attribs.title } : {}), ...footnoteId(attribs), rel: LINK_REL, class: LINK_CLASS },
      };
    },
    img: (_tag, attribs) => ({ tagName: "span", attribs: {}, text: attribs.alt ?? "" }),
    h1: heading,
    h2: heading,
    h3: heading,
    h4: heading,
    h5: heading,
    h6: heading,
    ul: () => ({ tagName: "ul", attribs: { class: "ml-5 list-disc" } }),
    ol: (_tag, attribs) => ({ tagName: "ol", attribs: { class: "ml-5 list-decimal", ...(attribs.start ? { start: attribs.start } : {}) } }),
    li: (_tag, attribs) => ({ tagName: "li", attribs: footnoteId(attribs) }),
    // GFM task lists: a read-only checkbox, nothing else of an <input>.
    input: (_tag, attribs) => ({
      tagName: "input",
      attribs: { type: "checkbox", disabled: "", ...(attribs.checked !== undefined ? { checked: "" } : {}) },
    }),
  },
};

/** Safe HTML for a Markdown source. Raw HTML in the source comes out as text. */
export function renderMarkdown(source: string): string {
  if (!source.trim()) return "";
  const compiled = micromark(source, {
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
    allowDangerousHtml: false,
    allowDangerousProtocol: false,
  });
  return sanitizeHtml(compiled, SANITIZE);
}
