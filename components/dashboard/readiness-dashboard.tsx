import type { Translator } from "@/lib/i18n/translator";
import type { TReadiness, TReadinessMeeting } from "@/lib/dal/dashboard-readiness";
import { formatDay } from "@/lib/follow-up/format";
import { POSITION_GROUPS } from "@/lib/positions/status";
import { formatMeetingDates } from "@/components/meetings/meeting-dates";
import { PositionStatusBadge } from "@/components/positions/status-badge";
import { BarChart } from "./bar-chart";
import { ChartFigure } from "./chart-figure";
import { STYLES } from "./series-style";

const cell = "border-b border-line px-2 py-1 text-right";
const head = "border-b border-line px-2 py-1 text-left";
const STATUSES = ["NONE", "DRAFT", "AGREED", "DELIVERED"] as const;
const STATUS_STYLES = { NONE: STYLES.notStarted, DRAFT: STYLES.underWay, AGREED: STYLES.agreed, DELIVERED: STYLES.finished };

// The secretariat's readiness view: counts and statuses only. Nothing here is read
// from a note, a position text or a stance value (lib/dal/dashboard-readiness.ts).
export function ReadinessDashboard({ readiness, t }: { readiness: TReadiness; t: Translator }) {
  const since = new Date(`${readiness.today}T00:00:00Z`);
  since.setUTCDate(since.getUTCDate() - readiness.windowDays);
  const active = readiness.groups.reduce((n, g) => n + g.active, 0);
  const total = readiness.groups.reduce((n, g) => n + g.delegations, 0);
  const rows = readiness.groups.map((g) => ({ label: t.t(`groups.${g.group}`), values: [g.active, g.delegations - g.active] }));
  return (
    <div className="grid gap-8">
      <section aria-labelledby="activity-heading" className="grid gap-3 rounded border border-line p-4 break-inside-avoid-page">
        <h2 id="activity-heading" className="text-lg font-semibold">
          {t.t("dashboard.readiness.activityHeading")}
        </h2>
        <p className="text-sm">{t.t("dashboard.readiness.activityExplained", { date: formatDay(since.toISOString().slice(0, 10), t.locale) })}</p>
        <ChartFigure
          id="activity-chart"
          title={t.t("dashboard.readiness.activityTitle", { days: readiness.windowDays })}
          summary={t.t("dashboard.readiness.activitySummary", { active, total })}
          t={t}
          table={
            <table className="border-collapse">
              <thead>
                <tr>
                  <th scope="col" className={head}>{t.t("dashboard.readiness.group")}</th>
                  <th scope="col" className={cell}>{t.t("dashboard.readiness.active")}</th>
                  <th scope="col" className={cell}>{t.t("dashboard.readiness.delegations")}</th>
                </tr>
              </thead>
              <tbody>
                {readiness.groups.map((g) => (
                  <tr key={g.group}>
                    <th scope="row" className={`${head} font-normal`}>{t.t(`groups.${g.group}`)}</th>
                    <td className={cell}>{g.active}</td>
                    <td className={cell}>{g.delegations}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        >
          <BarChart id="activity-chart" rows={rows} series={[{ name: t.t("dashboard.readiness.active"), style: STYLES.yes }, { name: t.t("dashboard.readiness.inactive"), style: STYLES.no }]} />
        </ChartFigure>
      </section>
      {readiness.meetings.map((meeting) => (
        <MeetingReadiness key={meeting.slug} meeting={meeting} groups={readiness.groups} t={t} />
      ))}
    </div>
  );
}

function MeetingReadiness({ meeting, groups, t }: { meeting: TReadinessMeeting; groups: TReadiness["groups"]; t: Translator }) {
  const id = `readiness-${meeting.slug}`;
  const dates = formatMeetingDates(meeting.startsOn, meeting.endsOn, t.locale);
  const statusCount = (status: (typeof STATUSES)[number]) => meeting.themes.reduce((n, theme) => n + POSITION_GROUPS.filter((g) => theme.positions[g] === status).length, 0);
  const sizeOf = (group: string) => groups.find((g) => g.group === group)?.delegations ?? 0;
  const notes = meeting.themes.reduce((n, theme) => n + theme.publicNotes, 0);
  const stanceRows = meeting.themes.flatMap((theme) =>
    POSITION_GROUPS.map((g) => ({ label: `${theme.code} · ${t.t(`groups.${g}`)}`, values: [theme.stances[g], Math.max(0, sizeOf(g) - theme.stances[g])] })),
  );
  return (
    <section aria-labelledby={`${id}-heading`} className="grid gap-6 rounded border border-line p-4">
      <header className="flex flex-wrap items-center gap-3">
        <h2 id={`${id}-heading`} className="text-lg font-semibold">
          {meeting.title}
        </h2>
        {dates ? <span className="text-sm text-muted">{dates}</span> : null}
      </header>

      <div className="grid gap-3 break-inside-avoid-page">
        <h3 className="font-semibold">{t.t("dashboard.readiness.positionsHeading")}</h3>
        <ChartFigure
          id={`${id}-positions`}
          title={t.t("dashboard.readiness.positionsTitle", { meeting: meeting.title })}
          summary={t.t("dashboard.readiness.positionsSummary", {
            delivered: statusCount("DELIVERED"),
            agreed: statusCount("AGREED"),
            draft: statusCount("DRAFT"),
            total: meeting.themes.length * POSITION_GROUPS.length,
          })}
          t={t}
          table={
            <table className="border-collapse">
              <thead>
                <tr>
                  <th scope="col" className={head}>{t.t("dashboard.readiness.theme")}</th>
                  {POSITION_GROUPS.map((g) => (
                    <th key={g} scope="col" className={head}>{t.t(`groups.${g}`)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {meeting.themes.map((theme) => (
                  <tr key={theme.code}>
                    <th scope="row" className={`${head} font-mono`}>{theme.code}</th>
                    {POSITION_GROUPS.map((g) => (
                      <td key={g} className={head}>
                        <PositionStatusBadge status={theme.positions[g]} t={t} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          }
        >
          <BarChart
            id={`${id}-positions`}
            rows={POSITION_GROUPS.map((g) => ({ label: t.t(`groups.${g}`), values: STATUSES.map((s) => meeting.themes.filter((theme) => theme.positions[g] === s).length) }))}
            series={STATUSES.map((s) => ({ name: t.t(`positions.status.${s}`), style: STATUS_STYLES[s] }))}
            max={meeting.themes.length}
          />
        </ChartFigure>
      </div>

      <div className="grid gap-3 break-inside-avoid-page">
        <h3 className="font-semibold">{t.t("dashboard.readiness.stancesHeading")}</h3>
        <ChartFigure
          id={`${id}-stances`}
          title={t.t("dashboard.readiness.stancesTitle", { meeting: meeting.title })}
          summary={t.t("dashboard.readiness.stancesSummary")}
          t={t}
          table={
            <table className="border-collapse">
              <thead>
                <tr>
                  <th scope="col" className={head}>{t.t("dashboard.readiness.theme")}</th>
                  {POSITION_GROUPS.map((g) => (
                    <th key={g} scope="col" className={cell}>{t.t(`groups.${g}`)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {meeting.themes.map((theme) => (
                  <tr key={theme.code}>
                    <th scope="row" className={`${head} font-mono`}>{theme.code}</th>
                    {POSITION_GROUPS.map((g) => (
                      <td key={g} className={cell}>{t.t("dashboard.readiness.stancesValue", { count: theme.stances[g], total: sizeOf(g) })}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          }
        >
          <BarChart id={`${id}-stances`} rows={stanceRows} series={[{ name: t.t("dashboard.readiness.recorded"), style: STYLES.yes }, { name: t.t("dashboard.readiness.notRecorded"), style: STYLES.no }]} />
        </ChartFigure>
      </div>

      <div className="grid gap-3 break-inside-avoid-page">
        <h3 className="font-semibold">{t.t("dashboard.readiness.notesHeading")}</h3>
        <ChartFigure
          id={`${id}-notes`}
          title={t.t("dashboard.readiness.notesTitle", { meeting: meeting.title })}
          summary={t.t("dashboard.readiness.notesSummary", { count: notes })}
          t={t}
          table={
            <table className="border-collapse">
              <thead>
                <tr>
                  <th scope="col" className={head}>{t.t("dashboard.readiness.theme")}</th>
                  <th scope="col" className={cell}>{t.t("dashboard.readiness.notes")}</th>
                </tr>
              </thead>
              <tbody>
                {meeting.themes.map((theme) => (
                  <tr key={theme.code}>
                    <th scope="row" className={`${head} font-mono`}>{theme.code}</th>
                    <td className={cell}>{theme.publicNotes}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        >
          <BarChart id={`${id}-notes`} rows={meeting.themes.map((theme) => ({ label: theme.code, values: [theme.publicNotes] }))} series={[{ name: t.t("dashboard.readiness.notes"), style: STYLES.count }]} />
        </ChartFigure>
      </div>
    </section>
  );
}
