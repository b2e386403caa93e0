import { Link } from "@/components/ui/link";
import { SEED_CONTENT_LANGUAGE } from "@/lib/i18n/content-language";
import type { Viewer } from "@/lib/auth/viewer";
import type { Translator } from "@/lib/i18n/translator";
import { findHomePositionsForViewer, type THomeTheme } from "@/lib/dal/positions-home";
import { ownPositionGroup } from "@/lib/positions/access";
import { matrixHref, positionHref, themeHref } from "@/lib/positions/paths";
import { PositionStatusBadge } from "./status-badge";

const LINK = "text-brand underline underline-offset-2 hover:text-brand-strong";

// Home page: themes where my delegation has no stance yet, and my group's positions
// not yet agreed before the meeting. Nothing for the secretariat and observers, who
// hold neither stances nor positions.
export async function HomePositionsPanel({ viewer, t }: { viewer: Viewer; t: Translator }) {
  const group = ownPositionGroup(viewer);
  const data = group ? await findHomePositionsForViewer(viewer) : null;
  if (!group || !data) return null;
  const empty = data.withoutStance.total === 0 && data.drafts.total === 0;
  const more = (shown: THomeTheme[], total: number) =>
    total > shown.length && shown[0] ? (
      <p className="text-sm">
        <Link href={matrixHref(shown[0].meeting.slug)} className={LINK}>
          {t.plural("positions.home.more", total - shown.length)}
        </Link>
      </p>
    ) : null;

  return (
    <section aria-labelledby="home-positions-heading" className="grid gap-3">
      <h2 id="home-positions-heading" className="text-lg font-semibold">
        {t.t("positions.home.heading")}
      </h2>
      {empty ? <p>{t.t("positions.home.nothing")}</p> : null}
      {data.withoutStance.total > 0 ? (
        <div className="grid gap-1">
          <h3 className="font-semibold">{t.t("positions.home.withoutStance")}</h3>
          <ul className="grid gap-1">
            {data.withoutStance.themes.map((theme) => (
              <li key={`${theme.meeting.slug}/${theme.code}`}>
                <Link href={themeHref(theme.meeting.slug, theme.code)} className={LINK}>
                  <span className="font-semibold">{theme.code}</span> — <span lang={SEED_CONTENT_LANGUAGE}>{theme.title}</span>
                </Link>
                <span className="ml-2 text-sm text-muted">{theme.meeting.title}</span>
              </li>
            ))}
          </ul>
          {more(data.withoutStance.themes, data.withoutStance.total)}
        </div>
      ) : null}
      {data.drafts.total > 0 ? (
        <div className="grid gap-1">
          <h3 className="font-semibold">{t.t("positions.home.drafts")}</h3>
          <ul className="grid gap-1">
            {data.drafts.themes.map((theme) => (
              <li key={`${theme.meeting.slug}/${theme.code}`} className="flex flex-wrap items-center gap-2">
                <PositionStatusBadge status={theme.status} t={t} />
                <Link href={positionHref(theme.meeting.slug, theme.code, group)} className={LINK}>
                  <span className="font-semibold">{theme.code}</span> — <span lang={SEED_CONTENT_LANGUAGE}>{theme.title}</span>
                </Link>
              </li>
            ))}
          </ul>
          {more(data.drafts.themes, data.drafts.total)}
        </div>
      ) : null}
    </section>
  );
}
