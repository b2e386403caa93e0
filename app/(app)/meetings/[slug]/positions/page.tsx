import type { Metadata } from "next";
import { cache } from "react";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { loadPositionsMatrix } from "@/lib/dal/positions-matrix";
import { PositionsMatrixTable } from "@/components/positions/positions-matrix-table";
import { LiveWatch } from "@/components/live/live-watch";

type Props = { params: Promise<{ slug: string }> };

// Once per request, for the title and the page.
const loadMatrix = cache(async (slug: string) => loadPositionsMatrix(await requireViewer(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslator();
  const matrix = await loadMatrix((await params).slug);
  return { title: matrix ? `${t.t("positions.matrix.title")} — ${matrix.meeting.title}` : undefined };
}

// The positions matrix of one meeting (themes × groups).
export default async function PositionsMatrixPage({ params }: Props) {
  const viewer = await requireViewer();
  const { slug } = await params;
  const [t, matrix] = await Promise.all([getTranslator(), loadMatrix(slug)]);
  if (!matrix) notFound();
  return (
    <article className="grid gap-4">
      <LiveWatch kinds={["position"]} />
      <header className="grid gap-1">
        <p className="text-sm">
          <Link href={`/meetings/${matrix.meeting.slug}`} className="text-brand underline underline-offset-2 hover:text-brand-strong">
            {t.t("positions.matrix.backToMeeting")}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{t.t("positions.matrix.title")}</h1>
        <p className="text-muted">{matrix.meeting.title}</p>
        {viewer.delegation ? null : <p className="text-sm">{t.t("positions.matrix.secretariatNote")}</p>}
      </header>
      {matrix.rows.length === 0 ? <p>{t.t("positions.matrix.noThemes")}</p> : <PositionsMatrixTable matrix={matrix} t={t} />}
    </article>
  );
}
