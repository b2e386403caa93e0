// Classes of rendered Markdown, apart from the renderer so that the component that
// prints stored HTML does not pull the parser and sanitiser into a page's bundle.

/** Classes of the element that wraps rendered Markdown on a page. */
export const MARKDOWN_WRAPPER_CLASS = "grid gap-2 break-words";
export const LINK_CLASS = "text-brand underline underline-offset-2";
export const LINK_REL = "noopener noreferrer nofollow";
