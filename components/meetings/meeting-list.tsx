import { Link } from "@/components/ui/link";
import type { TMeetingSummary } from "@/lib/dal/meetings";
import type { Translator } from "@/lib/i18n/translator";
import { MeetingTiming } from "./meeting-timing";
import { formatMeetingDates } from "./meeting-dates";

export function MeetingList({ meetings, t, now }: { meetings: TMeetingSummary[]; t: Translator; now: Date }) {
  if (meetings.length === 0) return <p>{t.t("home.noMeetings")}</p>;
  return (
    <ul className="grid gap-3">
      {meetings.map((m) => (
        <li key={m.slug} className="rounded border border-line p-4">
          <p className="text-sm text-muted">{t.t(`meetingKinds.${m.kind}`)}</p>
          <h3 className="text-lg font-semibold">
            <Link href={`/meetings/${m.slug}`} className="text-brand underline-offset-2 hover:underline">
              {m.title}
            </Link>
          </h3>
          <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
            {m.venue ? <span>{m.venue}</span> : null}
            {formatMeetingDates(m.startsOn, m.endsOn, t.locale) ? (
              <span>{formatMeetingDates(m.startsOn, m.endsOn, t.locale)}</span>
            ) : null}
            <MeetingTiming startsOn={m.startsOn} endsOn={m.endsOn} t={t} now={now} />
            <span>{t.plural("home.themeCount", m.themeCount)}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
