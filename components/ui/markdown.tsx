import ReactMarkdown, { defaultUrlTransform, type Components } from "react-markdown";
import remarkGfm from "remark-gfm";

// User-written Markdown (notes, replies, action descriptions, positions). Rendered to
// React elements, never to an HTML string: raw HTML in the source is shown as text,
// and only http(s), mailto and same-site links survive (javascript:, data: and
// vbscript: URLs are dropped by the URL filter). Links are marked so they pass no
// referrer or ranking and cannot reach back through window.opener.
const SAFE_PROTOCOL = /^(https?:|mailto:|\/(?!\/)|#)/i;

function safeUrl(url: string): string {
  const cleaned = defaultUrlTransform(url.trim());
  return SAFE_PROTOCOL.test(cleaned) ? cleaned : "";
}

const COMPONENTS: Components = {
  a: ({ href, children }) =>
    href ? (
      <a href={href} rel="noopener noreferrer nofollow" className="text-brand underline underline-offset-2">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  // Images could beacon a reader's address to another site; show their text instead.
  img: ({ alt }) => <span>{alt}</span>,
  h1: ({ children }) => <p className="font-semibold">{children}</p>,
  h2: ({ children }) => <p className="font-semibold">{children}</p>,
  h3: ({ children }) => <p className="font-semibold">{children}</p>,
  ul: ({ children }) => <ul className="ml-5 list-disc">{children}</ul>,
  ol: ({ children }) => <ol className="ml-5 list-decimal">{children}</ol>,
};

export function Markdown({ source, className = "" }: { source: string; className?: string }) {
  return (
    <div className={`grid gap-2 break-words ${className}`}>
      <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml={false} urlTransform={safeUrl} components={COMPONENTS}>
        {source}
      </ReactMarkdown>
    </div>
  );
}
