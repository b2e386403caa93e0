import { Link } from "@/components/ui/link";
import type { Translator } from "@/lib/i18n/translator";
import type { TMeetingFigures } from "@/lib/dashboard/delegation-figures";
import { themeHref } from "@/lib/positions/paths";
import { PositionStatusBadge } from "@/components/positions/status-badge";

// Per theme of a meeting: our notes and the threads we have not closed, our stance,
// our group's position, our open actions and how many are overdue. Observers record
// neither stances nor positions: those columns are left out for them.
export function MeetingThemesTable({ meeting, t }: { meeting: TMeetingFigures; t: Translator }) {
  const withPositions = meeting.progress.positions !== null;
  const cell = "border-b border-line px-2 py-1.5 align-top";
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="mb-1 text-left font-semibold">{t.t("dashboard.themes.caption", { meeting: meeting.title })}</caption>
        <thead>
          <tr className="text-left">
            <th scope="col" className={cell}>{t.t("dashboard.themes.theme")}</th>
            <th scope="col" className={`${cell} text-right`}>{t.t("dashboard.themes.ourNotes")}</th>
            <th scope="col" className={`${cell} text-right`}>{t.t("dashboard.themes.unresolved")}</th>
            {withPositions ? <th scope="col" className={cell}>{t.t("dashboard.themes.stance")}</th> : null}
            {withPositions ? <th scope="col" className={cell}>{t.t("dashboard.themes.position")}</th> : null}
            <th scope="col" className={`${cell} text-right`}>{t.t("dashboard.themes.openActions")}</th>
            <th scope="col" className={`${cell} text-right`}>{t.t("dashboard.themes.overdue")}</th>
          </tr>
        </thead>
        <tbody>
          {meeting.themes.map((theme) => (
            <tr key={theme.code}>
              <th scope="row" className={`${cell} text-left font-normal`}>
                <Link href={themeHref(meeting.slug, theme.code)} className="text-brand underline-offset-2 hover:underline">
                  <span className="font-mono font-semibold">{theme.code}</span> {theme.title.length > 70 ? `${theme.title.slice(0, 69)}…` : theme.title}
                </Link>
              </th>
              <td className={`${cell} text-right`}>{theme.ourNotes}</td>
              <td className={`${cell} text-right`}>{theme.unresolvedThreads}</td>
              {withPositions ? (
                <td className={cell}>{theme.stance ? t.t(`positions.stance.${theme.stance}`) : <span className="text-muted">{t.t("dashboard.themes.notRecorded")}</span>}</td>
              ) : null}
              {withPositions && theme.position ? (
                <td className={cell}>
                  <PositionStatusBadge status={theme.position} t={t} />
                </td>
              ) : null}
              <td className={`${cell} text-right`}>{theme.openActions}</td>
              <td className={`${cell} text-right ${theme.overdueActions > 0 ? "font-semibold text-danger" : ""}`}>{theme.overdueActions}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
