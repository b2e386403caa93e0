import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { listMeetingsForViewer } from "@/lib/dal/meetings";
import { listStanceDelegatesForViewer } from "@/lib/dal/stances";
import { matrixHref } from "@/lib/positions/paths";
import { StancePermissionList } from "@/components/positions/stance-permission-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("positions.index.title") };
}

// The header's "Positions": the meetings that have themes, each with its matrix; for
// a head of delegation, also who may record the delegation's stances.
export default async function PositionsIndexPage() {
  const viewer = await requireViewer();
  const [t, meetings, delegates] = await Promise.all([getTranslator(), listMeetingsForViewer(viewer), listStanceDelegatesForViewer(viewer)]);
  const withThemes = meetings.filter((m) => m.themeCount > 0);
  return (
    <div className="grid gap-8">
      <header className="grid gap-2">
        <h1 className="text-2xl font-semibold">{t.t("positions.index.title")}</h1>
        <p className="max-w-prose">{t.t("positions.index.intro")}</p>
      </header>
      <section aria-labelledby="matrices-heading" className="grid gap-2">
        <h2 id="matrices-heading" className="text-lg font-semibold">
          {t.t("positions.index.meetingsHeading")}
        </h2>
        {withThemes.length === 0 ? (
          <p>{t.t("positions.index.noThemes")}</p>
        ) : (
          <ul className="grid gap-2">
            {withThemes.map((m) => (
              <li key={m.slug} className="rounded border border-line p-3">
                <Link href={matrixHref(m.slug)} className="text-brand underline underline-offset-2 hover:text-brand-strong">
                  {t.t("positions.index.openMatrix", { meeting: m.title })}
                </Link>
                <span className="ml-2 text-sm text-muted">{t.plural("positions.index.themeCount", m.themeCount)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {delegates ? <StancePermissionList delegates={delegates} t={t} /> : null}
    </div>
  );
}
