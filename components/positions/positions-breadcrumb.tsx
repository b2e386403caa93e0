import { Link } from "@/components/ui/link";
import type { Translator } from "@/lib/i18n/translator";
import { matrixHref, themeHref } from "@/lib/positions/paths";

const LINK = "text-brand underline underline-offset-2 hover:text-brand-strong";

/** Meeting › theme › positions matrix: the trail above a position or a theme's stances. */
export function PositionsBreadcrumb({ theme, t }: { theme: { code: string; meeting: { slug: string; title: string } }; t: Translator }) {
  return (
    <nav aria-label={t.t("theme.breadcrumb")} className="flex flex-wrap gap-x-2 text-sm">
      <Link href={`/meetings/${theme.meeting.slug}`} className={LINK}>
        {theme.meeting.title}
      </Link>
      <span aria-hidden="true">›</span>
      <Link href={themeHref(theme.meeting.slug, theme.code)} className={LINK}>
        {theme.code}
      </Link>
      <span aria-hidden="true">›</span>
      <Link href={matrixHref(theme.meeting.slug)} className={LINK}>
        {t.t("positions.matrix.link")}
      </Link>
    </nav>
  );
}
