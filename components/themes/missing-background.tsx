import { Link } from "@/components/ui/link";
import type { TThemeDetail } from "@/lib/dal/meetings";
import type { Translator } from "@/lib/i18n/translator";
import { themePath } from "@/lib/annotations/paths";
import { Seeded, withParts } from "@/components/i18n/with-parts";

const LINK = "text-brand underline underline-offset-2 hover:text-brand-strong";

// A theme with no background text. The ILO paper gives background for the four
// roundtables of the High-level Dialogue only (DESIGN.md): a technical-meeting theme
// says so, names what the secretariat will add, and points to what there is to read
// meanwhile — the meeting's description and the roundtables the theme follows up.
// Nothing is written in the paper's place.
export function MissingBackground({ theme, t }: { theme: Pick<TThemeDetail, "meeting" | "followsUp">; t: Translator }) {
  if (theme.meeting.kind !== "TECHNICAL_MEETING") return <p>{t.t("theme.noBackground")}</p>;
  return (
    <div className="grid max-w-prose gap-2" data-testid="missing-background">
      <p>{t.t("theme.noBackgroundTtm")}</p>
      <p>{t.t("theme.meanwhile")}</p>
      <ul className="ml-5 list-disc">
        <li>
          <Link href={`/meetings/${theme.meeting.slug}`} className={LINK}>
            {withParts(t.t("theme.meetingDescription"), { meeting: <Seeded>{theme.meeting.title}</Seeded> })}
          </Link>
        </li>
        {theme.followsUp.map((rt) => (
          <li key={rt.code}>
            <Link href={themePath(rt.meetingSlug, rt.code)} className={LINK}>
              {withParts(t.t("theme.followsUp"), { code: rt.code, title: <Seeded>{rt.title}</Seeded> })}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
