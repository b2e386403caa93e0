import { Link } from "@/components/ui/link";
import type { Viewer } from "@/lib/auth/viewer";
import type { TThemeDetail } from "@/lib/dal/meetings";
import type { Translator } from "@/lib/i18n/translator";
import { ownPositionFrom, themePositionsFrom } from "@/lib/dal/positions";
import { stancePanelFrom } from "@/lib/dal/stances";
import { ownPositionGroup } from "@/lib/positions/access";
import { matrixHref, positionEditHref, positionHistoryHref, positionHref, stancesHref } from "@/lib/positions/paths";
import { setStanceAction } from "@/lib/actions/stances";
import { RenderedMarkdown } from "@/components/ui/rendered-markdown";
import { PositionStatusBadge } from "./status-badge";
import { StanceBar } from "./stance-bar";
import { StanceForm } from "./stance-form";
import { formatDateTime, stanceFormLabels } from "./labels";

const LINK = "text-brand underline underline-offset-2 hover:text-brand-strong";

// The theme page's "Group position" panel and "Our stance" control. Members of a
// government, employer or worker delegation see their group's position (any status)
// and their stance; everyone sees the positions other groups have delivered.
export async function ThemePositionPanel({ viewer, theme, t }: { viewer: Viewer; theme: TThemeDetail; t: Translator }) {
  const group = ownPositionGroup(viewer);
  const slug = theme.meeting.slug;
  // Positions and stances came with the theme (lib/dal/meetings.ts).
  const own = group ? ownPositionFrom(viewer, theme, group) : null;
  const positions = themePositionsFrom(theme);
  const stances = await stancePanelFrom(viewer, theme);
  const delivered = positions.filter((p) => p.status === "DELIVERED" && p.group !== group);

  return (
    <>
      <section aria-labelledby="group-position-heading" className="grid gap-3">
        <h2 id="group-position-heading" className="text-lg font-semibold">
          {t.t("positions.panel.heading")}
        </h2>
        {own && group ? (
          <div className="grid gap-2 rounded border border-line p-3">
            <h3 className="flex flex-wrap items-center gap-2 font-semibold">
              {t.t("positions.panel.ownHeading")} <PositionStatusBadge status={own.exists ? own.status : "NONE"} t={t} />
            </h3>
            {own.exists ? (
              <>
                <p className="text-sm text-muted">
                  {own.updatedBy && own.updatedAt
                    ? t.t("positions.position.revisionLine", {
                        revision: own.revision,
                        date: formatDateTime(t, own.updatedAt),
                        person: own.updatedBy.name,
                        delegation: own.updatedBy.delegation ?? "",
                      })
                    : t.t("positions.position.revisionLineNoPerson", { revision: own.revision, date: own.updatedAt ? formatDateTime(t, own.updatedAt) : "" })}
                </p>
                <div className="max-h-64 overflow-auto rounded bg-surface p-2 text-sm">
                  <RenderedMarkdown html={own.bodyHtml} language={own.language} />
                </div>
              </>
            ) : (
              <p>{t.t("positions.position.notStarted")}</p>
            )}
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              <li>
                <Link href={positionHref(slug, theme.code, group)} className={LINK}>
                  {t.t("positions.panel.open")}
                </Link>
              </li>
              {own.canEdit ? (
                <li>
                  <Link href={positionEditHref(slug, theme.code, group)} className={LINK}>
                    {own.exists ? t.t("positions.position.edit") : t.t("positions.position.write")}
                  </Link>
                </li>
              ) : null}
              {own.exists ? (
                <li>
                  <Link href={positionHistoryHref(slug, theme.code, group)} className={LINK}>
                    {t.t("positions.position.history")}
                  </Link>
                </li>
              ) : null}
            </ul>
          </div>
        ) : null}
        <div className="grid gap-1">
          <h3 className="font-semibold">{t.t("positions.panel.deliveredHeading")}</h3>
          {delivered.length === 0 ? (
            <p className="text-sm">{t.t("positions.panel.noneDelivered")}</p>
          ) : (
            <ul className="grid gap-1 text-sm">
              {delivered.map((p) => (
                <li key={p.group}>
                  <Link href={positionHref(slug, theme.code, p.group)} className={LINK}>
                    {t.t("positions.panel.read", { group: t.t(`groups.${p.group}`) })}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </div>
        <p className="text-sm">
          <Link href={matrixHref(slug)} className={LINK}>
            {t.t("positions.panel.matrix")}
          </Link>
        </p>
      </section>

      {stances && viewer.delegation ? (
        <section aria-labelledby="our-stance-heading" className="grid gap-3">
          <h2 id="our-stance-heading" className="text-lg font-semibold">
            {t.t("positions.stancePanel.heading")}
          </h2>
          {stances.mine ? (
            <div className="grid gap-1 rounded border border-line p-3" data-testid="our-stance">
              <p>
                <span className="font-medium">{t.t("positions.stancePanel.current", { delegation: viewer.delegation.name })}: </span>
                {t.t(`positions.stance.${stances.mine.value}`)}
              </p>
              {stances.mine.note ? <p className="whitespace-pre-wrap break-words text-sm">{stances.mine.note}</p> : null}
              <p className="text-sm text-muted">
                {t.t("positions.stancePanel.setBy", { person: stances.mine.setBy, date: formatDateTime(t, stances.mine.updatedAt) })}
              </p>
            </div>
          ) : (
            <p>{t.t("positions.stancePanel.none")}</p>
          )}
          {stances.maySet ? (
            <StanceForm
              action={setStanceAction.bind(null, slug, theme.code)}
              initial={{ value: stances.mine?.value ?? "", note: stances.mine?.note ?? "" }}
              labels={stanceFormLabels(t, viewer.delegation.name)}
            />
          ) : (
            <p className="text-sm text-muted">{t.t("positions.stancePanel.readOnly")}</p>
          )}
          {stances.history.length > 1 ? (
            <details>
              <summary className="cursor-pointer text-sm font-medium">{t.t("positions.stancePanel.history")}</summary>
              <ol className="mt-1 grid gap-1 text-sm">
                {stances.history.map((h, i) => (
                  <li key={i}>
                    {t.t("positions.stancePanel.historyItem", {
                      stance: t.t(`positions.stance.${h.value}`),
                      person: h.setBy,
                      date: formatDateTime(t, h.at),
                    })}
                    {h.note ? <span className="block whitespace-pre-wrap break-words text-muted">{h.note}</span> : null}
                  </li>
                ))}
              </ol>
            </details>
          ) : null}
          <div className="grid gap-2">
            <h3 className="font-semibold">{t.t("positions.stancePanel.groupHeading")}</h3>
            <StanceBar summary={stances.summary} label={t.t("positions.stances.barLabel", { group: t.t(`groups.${stances.group}`) })} t={t} />
            {stances.summary.recorded > 0 ? (
              <p className="text-sm">
                <Link href={stancesHref(slug, theme.code)} className={LINK}>
                  {t.t("positions.stancePanel.eachDelegation")}
                </Link>
              </p>
            ) : null}
          </div>
        </section>
      ) : null}
    </>
  );
}
