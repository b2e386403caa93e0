// CSV export of what the list shows: the same query string, every page of it. The
// request authenticates itself (a proxy check protects nothing) and reads only what
// the viewer may see.
import { NextResponse, type NextRequest } from "next/server";
import { getViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { parseActionFilters } from "@/lib/follow-up/filters";
import { exportActionsCsv } from "@/lib/dal/actions-export";

export async function GET(request: NextRequest) {
  const viewer = await getViewer();
  if (!viewer) return NextResponse.redirect(new URL(`/sign-in?next=${encodeURIComponent("/actions")}`, request.url));
  // Nobody without a delegation has actions; answer as for any unknown address.
  if (!viewer.delegation) return new NextResponse("Not found", { status: 404 });
  const filters = parseActionFilters(request.nextUrl.searchParams);
  const t = await getTranslator();
  const day = new Date().toISOString().slice(0, 10);
  return new NextResponse(exportActionsCsv(viewer, filters, t, request.nextUrl.origin), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="actions-${day}.csv"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
