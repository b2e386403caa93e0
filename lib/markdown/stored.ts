import "server-only";
// The stored form of a Markdown source: its HTML and the renderer version that made
// it. Writes store both with the source, in the same statement; reads print the HTML.
import { RENDERER_VERSION, renderMarkdown } from "./render";

/** Columns to write beside a `body` source. */
export const renderedBody = (html: string) => ({ bodyHtml: html, renderVersion: RENDERER_VERSION });

/** Columns to write beside a `body` source that has no mentions to link. */
export const renderBody = (source: string) => renderedBody(renderMarkdown(source));

/** Columns to write beside a follow-up action's `description`. */
export const renderDescription = (source: string) => ({ descriptionHtml: renderMarkdown(source), renderVersion: RENDERER_VERSION });

/** The columns to read for a row's body: its source, its HTML and the renderer version. */
export const STORED_BODY_COLUMNS = { body: true, bodyHtml: true, renderVersion: true } as const;

/** The HTML to show for a row read with STORED_BODY_COLUMNS (see storedHtml). */
export const bodyHtmlOf = (row: { body: string; bodyHtml: string; renderVersion: number }) =>
  storedHtml({ html: row.bodyHtml, renderVersion: row.renderVersion, source: row.body });

/**
 * The HTML to show for a stored row. A row written before the current renderer (not
 * yet reached by the re-render step, or written by an older instance during a
 * rolling deploy) is rendered from its source on the fly, so a page never shows an
 * empty or outdated body; such a row shows @mentions as plain text until re-rendered.
 */
export function storedHtml(row: { html: string; renderVersion: number; source: string }): string {
  return row.renderVersion === RENDERER_VERSION ? row.html : renderMarkdown(row.source);
}
