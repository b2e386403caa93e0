// The personal iCalendar feed (RFC 5545). Calendar apps send no session cookie, so this
// path is public in proxy.ts and authenticates by its secret token instead; an unknown
// or revoked token is a plain 404, like any address that does not exist.
import { NextResponse, type NextRequest } from "next/server";
import { calendarFeedForToken } from "@/lib/dal/actions-calendar";

export async function GET(request: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const body = await calendarFeedForToken(token.replace(/\.ics$/, ""), request.nextUrl.origin);
  if (body === null) return new NextResponse("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return new NextResponse(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="actions.ics"',
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      // The token is in the URL: keep it out of Referer headers and search engines.
      "Referrer-Policy": "no-referrer",
      "X-Robots-Tag": "noindex",
    },
  });
}
