import { MARKDOWN_WRAPPER_CLASS } from "@/lib/markdown/render-classes";
import { langOf } from "@/lib/i18n/content-language";
import type { Locale } from "@/lib/generated/prisma/enums";

// User-written Markdown as the safe HTML stored when it was written (lib/markdown):
// printed as it is, never parsed again on a page view. The HTML comes only from
// renderMarkdown, which escapes raw HTML and passes an allow-list sanitiser, and
// reaches here only through the data layer's stored columns. `language`: the one the
// text was written in, recorded when it was written (lib/i18n/content-language.ts),
// marked as `lang` so a screen reader reads it with the right voice.
export function RenderedMarkdown({ html, className = "", language }: { html: string; className?: string; language?: Locale | null }) {
  return <div lang={langOf(language)} className={`${MARKDOWN_WRAPPER_CLASS} ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
