import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { listGroupStancesForViewer } from "@/lib/dal/stances";
import { StanceBar } from "@/components/positions/stance-bar";
import { PositionsBreadcrumb } from "@/components/positions/positions-breadcrumb";
import { formatDateTime } from "@/components/positions/labels";
import { langOf, SEED_CONTENT_LANGUAGE } from "@/lib/i18n/content-language";

type Props = { params: Promise<{ slug: string; code: string }> };

async function load(params: Props["params"]) {
  const { slug, code } = await params;
  return listGroupStancesForViewer(await requireViewer(), slug, decodeURIComponent(code));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [t, loaded] = await Promise.all([getTranslator(), load(params)]);
  if (!loaded) return {};
  return { title: t.t("positions.stancesPage.title", { group: t.t(`groups.${loaded.group}`), theme: loaded.theme.code }) };
}

// Where each delegation of my group stands on one theme, with its note. The theme
// page and the positions matrix show counts only, so that their cost does not grow
// with the number of delegations (issue 9); this page is the one place for the list.
// People without a group, and themes they cannot see, get a 404.
export default async function ThemeStancesPage({ params }: Props) {
  const [t, loaded] = await Promise.all([getTranslator(), load(params)]);
  if (!loaded) notFound();
  const { theme, group, summary, stances } = loaded;
  const vars = { group: t.t(`groups.${group}`), theme: theme.code };
  return (
    <article className="grid gap-6">
      <header className="grid gap-2">
        <PositionsBreadcrumb theme={theme} t={t} />
        <h1 className="text-2xl font-semibold">{t.t("positions.stancesPage.title", vars)}</h1>
        <p className="text-muted" lang={SEED_CONTENT_LANGUAGE}>
          {theme.title}
        </p>
        <p className="text-sm">{t.t("positions.stancesPage.intro", vars)}</p>
      </header>
      <div className="max-w-md">
        <StanceBar summary={summary} label={t.t("positions.stances.barLabel", { group: vars.group })} t={t} />
      </div>
      {stances.length === 0 ? (
        <p>{t.t("positions.stancesPage.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t.t("positions.stancesPage.caption", vars)}</caption>
            <thead>
              <tr className="border-b border-line text-left">
                <th scope="col" className="py-2 pr-4">{t.t("positions.stancesPage.delegation")}</th>
                <th scope="col" className="py-2 pr-4">{t.t("positions.stancesPage.stance")}</th>
                <th scope="col" className="py-2 pr-4">{t.t("positions.stancesPage.note")}</th>
                <th scope="col" className="py-2">{t.t("positions.stancesPage.recorded")}</th>
              </tr>
            </thead>
            <tbody>
              {stances.map((s) => (
                <tr key={s.delegation} className="border-b border-line align-top">
                  <th scope="row" className="py-2 pr-4 text-left font-medium" lang={SEED_CONTENT_LANGUAGE}>
                    {s.delegation}
                  </th>
                  <td className="py-2 pr-4">{t.t(`positions.stance.${s.value}`)}</td>
                  <td className="whitespace-pre-wrap break-words py-2 pr-4" lang={langOf(s.language)}>
                    {s.note}
                  </td>
                  <td className="py-2 text-muted">{t.t("positions.stancesPage.recordedBy", { date: formatDateTime(t, s.updatedAt), person: s.setBy })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
