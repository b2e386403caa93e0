import type { Translator } from "@/lib/i18n/translator";
import type { TDelegationFigures, TMeetingFigures } from "@/lib/dashboard/delegation-figures";
import { formatDay } from "@/lib/follow-up/format";
import { MeetingTiming } from "@/components/meetings/meeting-timing";
import { formatMeetingDates } from "@/components/meetings/meeting-dates";
import { BarChart } from "./bar-chart";
import { BurndownChart } from "./burndown-chart";
import { ChartFigure } from "./chart-figure";
import { MeetingThemesTable } from "./meeting-themes-table";
import { NextSteps } from "./next-steps";
import { ProgressBars } from "./progress-bars";
import { STYLES } from "./series-style";

const cell = "border-b border-line px-2 py-1 text-right";
const head = "border-b border-line px-2 py-1 text-left";

// A delegation's dashboard: what to do next, then each meeting (progress, our actions
// over time, the themes), then our actions by assignee. Every number is one the
// viewer could count from the pages they may read (lib/dal/dashboard.ts).
export function DelegationDashboard({ figures, now, t }: { figures: TDelegationFigures; now: Date; t: Translator }) {
  return (
    <div className="grid gap-8">
      <NextSteps figures={figures} t={t} />
      {figures.meetings.map((meeting) => (
        <MeetingSection key={meeting.slug} meeting={meeting} now={now} t={t} />
      ))}
      <AssigneesSection figures={figures} t={t} />
    </div>
  );
}

function MeetingSection({ meeting, now, t }: { meeting: TMeetingFigures; now: Date; t: Translator }) {
  const id = `meeting-${meeting.slug}`;
  const dates = formatMeetingDates(meeting.startsOn, meeting.endsOn, t.locale);
  const progress = [
    ...(meeting.progress.stances ? [{ label: t.t("dashboard.progress.stances"), progress: meeting.progress.stances }] : []),
    ...(meeting.progress.positions ? [{ label: t.t("dashboard.progress.positions"), progress: meeting.progress.positions }] : []),
    { label: t.t("dashboard.progress.actions"), progress: meeting.progress.actions },
  ];
  const series = meeting.burndown;
  const day = (iso: string) => formatDay(iso, t.locale);
  return (
    <section aria-labelledby={`${id}-heading`} className="grid gap-4 rounded border border-line p-4 break-inside-avoid-page">
      <header className="flex flex-wrap items-center gap-3">
        <h2 id={`${id}-heading`} className="text-lg font-semibold">
          {meeting.title}
        </h2>
        <MeetingTiming startsOn={meeting.startsOn} endsOn={meeting.endsOn} t={t} now={now} />
        {dates ? <span className="text-sm text-muted">{dates}</span> : null}
      </header>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <div>
          <h3 className="mb-2 font-semibold">{t.t("dashboard.progress.heading", { meeting: meeting.title })}</h3>
          <ProgressBars items={progress} t={t} />
        </div>
        {series ? (
          <ChartFigure
            id={`${id}-burndown`}
            title={t.t("dashboard.burndown.title", { meeting: meeting.title })}
            summary={t.t("dashboard.burndown.summary", { today: day(series.today), open: series.openToday, done: series.points.at(-1)!.done, start: day(series.meetingStart) })}
            t={t}
            table={
              <table className="border-collapse">
                <thead>
                  <tr>
                    <th scope="col" className={head}>{t.t("dashboard.burndown.day")}</th>
                    <th scope="col" className={cell}>{t.t("dashboard.burndown.open")}</th>
                    <th scope="col" className={cell}>{t.t("dashboard.burndown.done")}</th>
                  </tr>
                </thead>
                <tbody>
                  {series.points.map((p) => (
                    <tr key={p.day}>
                      <th scope="row" className={`${head} font-normal`}>
                        <time dateTime={p.day}>{day(p.day)}</time>
                      </th>
                      <td className={cell}>{p.open}</td>
                      <td className={cell}>{p.done}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          >
            <BurndownChart
              id={`${id}-burndown`}
              series={series}
              labels={{ open: t.t("dashboard.burndown.open"), done: t.t("dashboard.burndown.done"), target: t.t("dashboard.burndown.target") }}
              formatDay={day}
            />
          </ChartFigure>
        ) : meeting.progress.actions.total === 0 ? (
          <p className="text-sm text-muted">{t.t("dashboard.burndown.empty")}</p>
        ) : null}
      </div>
      <MeetingThemesTable meeting={meeting} t={t} />
    </section>
  );
}

function AssigneesSection({ figures, t }: { figures: TDelegationFigures; t: Translator }) {
  const statuses = ["open", "inProgress", "blocked", "done"] as const;
  const series = [
    { name: t.t("actions.statuses.OPEN"), style: STYLES.notStarted },
    { name: t.t("actions.statuses.IN_PROGRESS"), style: STYLES.underWay },
    { name: t.t("actions.statuses.BLOCKED"), style: STYLES.stuck },
    { name: t.t("actions.statuses.DONE"), style: STYLES.finished },
  ];
  const rows = figures.byAssignee.map((a) => ({ label: a.name ?? t.t("dashboard.assignees.unassigned"), values: statuses.map((s) => a[s]) }));
  const total = rows.reduce((n, r) => n + r.values.reduce((a, b) => a + b, 0), 0);
  return (
    <section aria-labelledby="assignees-heading" className="grid gap-3 rounded border border-line p-4 break-inside-avoid-page">
      <h2 id="assignees-heading" className="text-lg font-semibold">
        {t.t("dashboard.assignees.heading")}
      </h2>
      {rows.length === 0 ? (
        <p>{t.t("dashboard.assignees.empty")}</p>
      ) : (
        <ChartFigure
          id="assignees-chart"
          title={t.t("dashboard.assignees.title")}
          summary={t.t("dashboard.assignees.summary", { people: rows.length, total })}
          t={t}
          table={
            <table className="border-collapse">
              <thead>
                <tr>
                  <th scope="col" className={head}>{t.t("dashboard.assignees.assignee")}</th>
                  {series.map(({ name }) => (
                    <th key={name} scope="col" className={cell}>{name}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.label}>
                    <th scope="row" className={`${head} font-normal`}>{row.label}</th>
                    {row.values.map((v, i) => (
                      <td key={i} className={cell}>{v}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          }
        >
          <BarChart id="assignees-chart" rows={rows} series={series} />
        </ChartFigure>
      )}
    </section>
  );
}
