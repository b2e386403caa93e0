// Where to send someone after signing in (`next`), or after any form that carries a
// path back. The value is written by whoever built the link, so it is resolved the way
// a browser would resolve it and kept only when it stays on this site.
//
// It is resolved against a fixed placeholder origin rather than the request's Host:
// Host is written by the client too, and only "same origin or not" matters here. The
// result is rebuilt from pathname + search + hash, so what reaches the Location header
// is exactly what the parser understood, not the text that was sent. Anything else,
// including values a header cannot carry (control characters, non-ASCII), goes home.

const PLACEHOLDER_ORIGIN = "http://same-origin.invalid";
const MAX_LENGTH = 2048;
// Printable ASCII without space or backslash. Browsers percent-encode everything else
// in a link they follow, so a real path never needs more; tabs and newlines (which URL
// parsers silently drop), unicode slashes and full-width characters all fail here.
const PLAIN_PATH = /^\/[!-[\]-~]*$/;

export function safeRedirectPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length > MAX_LENGTH || !PLAIN_PATH.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//evil.example" resolves to the pathname "//evil.example", which a browser
  // would read as another host; an encoded slash or backslash right after the first
  // slash would do the same once some layer decodes it.
  if (path.startsWith("//") || /^\/%(2f|5c)/i.test(path)) return fallback;
  return path;
}
