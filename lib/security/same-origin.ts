// Route handlers that change state accept only requests from this site's own pages
// (server actions get this check from Next itself). Browsers always send Origin on
// cross-site POSTs, so a missing or foreign Origin is refused.
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
