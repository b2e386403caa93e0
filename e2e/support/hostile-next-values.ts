// Values of `next` an attacker might put in a sign-in link, written exactly as they
// would appear in the query string (`/sign-in?next=<value>`). Shared by the unit test
// of safeRedirectPath and the browser test of the real sign-in.
export const EVIL_HOST = "127.0.0.1:4555";

export const HOSTILE_NEXT_VALUES: readonly string[] = [
  // The two reproduced in issue 10.
  `/%09/${EVIL_HOST}/pwned`,
  `/%09%5C${EVIL_HOST}/pwned`,
  // Protocol-relative and backslash forms.
  `//${EVIL_HOST}/pwned`,
  `///${EVIL_HOST}/pwned`,
  `////${EVIL_HOST}/pwned`,
  `/%5C${EVIL_HOST}/pwned`,
  `%5C%5C${EVIL_HOST}/pwned`,
  `/%5C/${EVIL_HOST}/pwned`,
  `%5C/${EVIL_HOST}/pwned`,
  `/.//${EVIL_HOST}/pwned`,
  `/./%2F${EVIL_HOST}/pwned`,
  `/%2F${EVIL_HOST}/pwned`,
  `/%2F%2F${EVIL_HOST}/pwned`,
  `/%252F%252F${EVIL_HOST}/pwned`,
  `/%5C%5C${EVIL_HOST}/pwned`,
  // Whitespace and control characters the URL parser drops or a header refuses.
  `/%0A/${EVIL_HOST}/pwned`,
  `/%0D/${EVIL_HOST}/pwned`,
  `/%0D%0ALocation:%20http://${EVIL_HOST}/pwned`,
  `%09//${EVIL_HOST}/pwned`,
  `%20//${EVIL_HOST}/pwned`,
  `/%20/${EVIL_HOST}/pwned`,
  `/%00/${EVIL_HOST}/pwned`,
  `/%7F/${EVIL_HOST}/pwned`,
  `/%0B/${EVIL_HOST}/pwned`,
  `/%0C/${EVIL_HOST}/pwned`,
  // Unicode look-alikes of slashes and spaces.
  `/%E3%80%80/${EVIL_HOST}/pwned`,
  `/%EF%BC%8F${EVIL_HOST}/pwned`,
  `%EF%BC%8F%EF%BC%8F${EVIL_HOST}/pwned`,
  `/%E2%81%84${EVIL_HOST}/pwned`,
  `/%E2%88%95${EVIL_HOST}/pwned`,
  `/%EF%B9%A8${EVIL_HOST}/pwned`,
  `/%E2%80%A8/${EVIL_HOST}/pwned`,
  `/%C2%A0/${EVIL_HOST}/pwned`,
  // Absolute URLs and other schemes.
  `http://${EVIL_HOST}/pwned`,
  `https://${EVIL_HOST}/pwned`,
  `http:/${EVIL_HOST}/pwned`,
  `http:${EVIL_HOST}/pwned`,
  `HTTP://${EVIL_HOST}/pwned`,
  `javascript:alert(document.domain)`,
  `JaVaScRiPt:alert(1)`,
  `%09javascript:alert(1)`,
  `javascript://%0Aalert(1)`,
  `data:text/html,%3Cscript%3Ealert(1)%3C/script%3E`,
  `vbscript:msgbox(1)`,
  `ftp://${EVIL_HOST}/pwned`,
  `/%2F%2F${EVIL_HOST}%2Fpwned`,
  `@${EVIL_HOST}/pwned`,
  // Userinfo tricks and odd shapes.
  `//user@${EVIL_HOST}/pwned`,
  `/%00`,
  `?next=//${EVIL_HOST}`,
  `#//${EVIL_HOST}`,
  // Huge values.
  `/${"a".repeat(10_000)}`,
  `//${EVIL_HOST}/${"a".repeat(5_000)}`,
];

/** Hostile values sent as repeated parameters: `next` arrives as an array. */
export const HOSTILE_NEXT_QUERIES: readonly string[] = [
  `next=/account&next=//${EVIL_HOST}/pwned`,
  `next[]=//${EVIL_HOST}/pwned`,
  `next=`,
];
