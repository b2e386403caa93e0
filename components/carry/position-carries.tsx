import { Link } from "@/components/ui/link";
import type { Viewer } from "@/lib/auth/viewer";
import type { Translator } from "@/lib/i18n/translator";
import { positionCarriesFor } from "@/lib/dal/carry-links";
import { positionHref } from "@/lib/positions/paths";
import type { TPositionGroup } from "@/lib/positions/status";
import { formatDateTime } from "@/components/positions/labels";

const LINK = "text-brand underline underline-offset-2 hover:text-brand-strong";

// On a group position's page: where its text was carried to, and where it came from.
export async function PositionCarries({ viewer, themeId, group, t }: { viewer: Viewer; themeId: string; group: TPositionGroup; t: Translator }) {
  const { to, from } = await positionCarriesFor(viewer, themeId, group);
  if (to.length === 0 && from.length === 0) return null;
  const items = [...from.map((c) => ({ ...c, key: "carry.links.from" as const })), ...to.map((c) => ({ ...c, key: "carry.links.to" as const }))];
  return (
    <section aria-labelledby="position-carries-heading" className="grid gap-1 text-sm" data-testid="position-carries">
      <h2 id="position-carries-heading" className="font-semibold">
        {t.t("carry.links.heading")}
      </h2>
      <ul className="grid gap-1">
        {items.map((c, i) => (
          <li key={i}>
            <Link href={positionHref(c.theme.meeting.slug, c.theme.code, group)} className={LINK}>
              {t.t(c.key, { code: c.theme.code, revision: c.revision, person: c.person, date: formatDateTime(t, c.at) })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
