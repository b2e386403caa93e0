import { Link } from "@/components/ui/link";
import type { Viewer } from "@/lib/auth/viewer";
import type { Translator } from "@/lib/i18n/translator";
import { meetingChainFor } from "@/lib/dal/carry-chain";
import { matrixHref, themeHref } from "@/lib/positions/paths";

const LINK = "text-brand underline underline-offset-2 hover:text-brand-strong";

type TEnd = { code: string; title: string; meeting: { slug: string; title: string } };
const ThemeLinkTo = ({ end }: { end: TEnd }) => (
  <Link href={themeHref(end.meeting.slug, end.code)} className={LINK} title={end.title}>
    {end.code}
  </Link>
);

// On a meeting page: the meetings before and after it, theme by theme (issue 15).
export async function MeetingChain({ viewer, meetingSlug, t }: { viewer: Viewer; meetingSlug: string; t: Translator }) {
  const { followsUp, followedBy } = await meetingChainFor(viewer, meetingSlug);
  if (followsUp.length === 0 && followedBy.length === 0) return null;
  const rows = [
    ...followsUp.map((l) => ({ key: `${l.theme.code}<${l.sourceTheme.code}`, here: l.theme, there: l.sourceTheme, text: "carry.chain.followsUp" as const })),
    ...followedBy.map((l) => ({ key: `${l.sourceTheme.code}>${l.theme.code}`, here: l.sourceTheme, there: l.theme, text: "carry.chain.followedBy" as const })),
  ];
  return (
    <section aria-labelledby="chain-heading" data-testid="meeting-chain">
      <h2 id="chain-heading" className="mb-2 text-lg font-semibold">
        {t.t("carry.chain.heading")}
      </h2>
      <ul className="grid gap-1">
        {rows.map((r) => (
          <li key={r.key}>
            <ThemeLinkTo end={r.here} /> {t.t(r.text)} <ThemeLinkTo end={r.there} /> <span className="text-sm text-muted">({r.there.meeting.title})</span>
          </li>
        ))}
      </ul>
      {followsUp.length > 0 ? (
        <p className="mt-2 text-sm">
          <Link href={`${matrixHref(meetingSlug)}/linked`} className={LINK}>
            {t.t("carry.matrix.link")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
