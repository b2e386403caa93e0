// The secretariat's readiness figures as CSV: the same counts as its dashboard. The
// request authenticates itself; anyone else gets the 404 of an unknown address.
import { NextResponse, type NextRequest } from "next/server";
import { getViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { loadReadiness } from "@/lib/dal/dashboard-readiness";
import { readinessCsv } from "@/lib/dashboard/readiness-csv";

export async function GET(request: NextRequest) {
  const viewer = await getViewer();
  if (!viewer) return NextResponse.redirect(new URL(`/sign-in?next=${encodeURIComponent("/dashboard")}`, request.url));
  const readiness = await loadReadiness(viewer);
  if (!readiness) return new NextResponse("Not found", { status: 404 });
  const t = await getTranslator();
  return new NextResponse(readinessCsv(readiness, t), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="readiness-${readiness.today}.csv"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
