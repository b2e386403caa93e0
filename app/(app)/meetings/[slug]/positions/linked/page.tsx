import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { linkedMatrixFor } from "@/lib/dal/carry-matrix";
import { ownPositionGroup } from "@/lib/positions/access";
import { POSITION_GROUPS, groupFromSlug, groupSlug } from "@/lib/positions/status";
import { matrixHref, positionHref, themeHref } from "@/lib/positions/paths";
import { PositionStatusBadge } from "@/components/positions/status-badge";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ group?: string }> };

const LINK = "text-brand underline underline-offset-2 hover:text-brand-strong";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("carry.matrix.title") };
}

// One group's positions on a meeting's themes beside its positions on the roundtables
// they follow up (issue 15). The group is the viewer's own unless chosen.
export default async function LinkedMatrixPage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  const [{ slug }, { group: chosen }, t] = await Promise.all([params, searchParams, getTranslator()]);
  const group = (chosen ? groupFromSlug(chosen) : null) ?? ownPositionGroup(viewer) ?? "GOVERNMENT";
  const matrix = await linkedMatrixFor(viewer, slug, group);
  if (!matrix) notFound();
  const groupName = t.t(`groups.${group}`);
  return (
    <article className="grid gap-4">
      <header className="grid gap-1">
        <p className="text-sm">
          <Link href={matrixHref(matrix.meeting.slug)} className={LINK}>
            {t.t("positions.matrix.title")}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{t.t("carry.matrix.title")}</h1>
        <p className="text-muted">{matrix.meeting.title}</p>
        <nav aria-label={t.t("carry.matrix.groups")}>
          <ul className="flex flex-wrap gap-x-4 text-sm">
            {POSITION_GROUPS.map((g) => (
              <li key={g}>
                <Link href={`?group=${groupSlug(g)}`} className={LINK} aria-current={g === group ? "page" : undefined}>
                  {t.t(`groups.${g}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {matrix.rows.length === 0 ? (
        <p>{t.t("carry.matrix.none")}</p>
      ) : (
        <table className="w-full border-collapse text-sm" data-testid="linked-matrix">
          <caption className="mb-2 text-left">{t.t("carry.matrix.caption", { group: groupName })}</caption>
          <thead>
            <tr className="border-b border-line text-left">
              <th scope="col" className="p-2">{t.t("carry.matrix.roundtables")}</th>
              <th scope="col" className="p-2">{t.t("carry.matrix.theme")}</th>
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.code} className="border-b border-line align-top">
                <td className="p-2">
                  <ul className="grid gap-1">
                    {row.sources.map((s) => (
                      <li key={s.code} className="flex flex-wrap items-center gap-2">
                        <Link href={s.status ? positionHref(s.meetingSlug, s.code, group) : themeHref(s.meetingSlug, s.code)} className={LINK}>
                          {s.code}
                        </Link>
                        <PositionStatusBadge status={s.status ?? "NONE"} t={t} />
                      </li>
                    ))}
                  </ul>
                </td>
                <th scope="row" className="p-2 text-left font-normal">
                  <span className="flex flex-wrap items-center gap-2">
                    <Link href={row.status ? positionHref(matrix.meeting.slug, row.code, group) : themeHref(matrix.meeting.slug, row.code)} className={LINK}>
                      {row.code}
                    </Link>
                    <PositionStatusBadge status={row.status ?? "NONE"} t={t} />
                  </span>
                </th>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
