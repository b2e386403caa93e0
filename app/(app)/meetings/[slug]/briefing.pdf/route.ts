// The briefing pack as a PDF: the same pack as the print page (lib/dal/briefing.ts),
// for the viewer's delegation (the public pack for the secretariat), in the viewer's
// interface language. The request authenticates itself; a meeting the viewer may not
// see is a 404. The file is one person's: never stored by a cache on the way.
import { NextResponse, type NextRequest } from "next/server";
import { getViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { loadBriefingForViewer } from "@/lib/dal/briefing";
import { parseBriefingOptions } from "@/lib/briefing/options";
import { renderBriefingPdf } from "@/lib/briefing/pdf/render-briefing";

type Context = { params: Promise<{ slug: string }> };

export async function GET(request: NextRequest, { params }: Context) {
  const { slug } = await params;
  const viewer = await getViewer();
  if (!viewer) {
    const next = `/meetings/${encodeURIComponent(slug)}/briefing`;
    return NextResponse.redirect(new URL(`/sign-in?next=${encodeURIComponent(next)}`, request.url));
  }
  const [t, pack] = await Promise.all([getTranslator(), loadBriefingForViewer(viewer, slug, parseBriefingOptions(request.nextUrl.searchParams))]);
  if (!pack) return new NextResponse("Not found", { status: 404, headers: { "Cache-Control": "private, no-store" } });
  const day = pack.generatedAt.toISOString().slice(0, 10);
  return new Response(await renderBriefingPdf(pack, t), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="briefing-${pack.meeting.slug}-${day}.pdf"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
