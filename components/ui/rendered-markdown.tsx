import { MARKDOWN_WRAPPER_CLASS } from "@/lib/markdown/render-classes";

// User-written Markdown as the safe HTML stored when it was written (lib/markdown):
// printed as it is, never parsed again on a page view. The HTML comes only from
// renderMarkdown, which escapes raw HTML and passes an allow-list sanitiser, and
// reaches here only through the data layer's stored columns.
export function RenderedMarkdown({ html, className = "" }: { html: string; className?: string }) {
  return <div className={`${MARKDOWN_WRAPPER_CLASS} ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
