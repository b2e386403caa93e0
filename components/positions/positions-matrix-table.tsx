import { Link } from "@/components/ui/link";
import type { Translator } from "@/lib/i18n/translator";
import type { TMatrixCell, TPositionsMatrix } from "@/lib/dal/positions-matrix";
import { positionHref, stancesHref } from "@/lib/positions/paths";
import type { TPositionGroup } from "@/lib/positions/status";
import { PositionStatusBadge } from "./status-badge";
import { StanceBar } from "./stance-bar";
import { formatDate, formatDateTime } from "./labels";

const LINK = "text-brand underline underline-offset-2 hover:text-brand-strong";

// Themes × groups, as a real table: row headers are the themes, column headers the
// groups, so a screen reader announces both for every cell.
export function PositionsMatrixTable({ matrix, t }: { matrix: TPositionsMatrix; t: Translator }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left align-top">
        <caption className="mb-2 text-left text-sm text-muted">{t.t("positions.matrix.caption", { meeting: matrix.meeting.title })}</caption>
        <thead>
          <tr>
            <th scope="col" className="border-b border-line p-2">
              {t.t("positions.matrix.themeColumn")}
            </th>
            {matrix.groups.map((group) => (
              <th key={group} scope="col" className="border-b border-line p-2">
                {group === matrix.ownGroup ? t.t("positions.matrix.ownGroup", { group: t.t(`groups.${group}`) }) : t.t(`groups.${group}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.theme.code} className="align-top">
              <th scope="row" className="border-b border-line p-2 font-normal">
                <span className="font-mono font-semibold">{row.theme.code}</span>
                <span className="block text-sm">{row.theme.title}</span>
              </th>
              {matrix.groups.map((group) => (
                <td key={group} className="border-b border-line p-2">
                  <MatrixCell cell={row.cells[group]} group={group} themeCode={row.theme.code} meetingSlug={matrix.meeting.slug} t={t} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MatrixCell({
  cell,
  group,
  themeCode,
  meetingSlug,
  t,
}: {
  cell: TMatrixCell;
  group: TPositionGroup;
  themeCode: string;
  meetingSlug: string;
  t: Translator;
}) {
  const groupName = t.t(`groups.${group}`);
  const href = positionHref(meetingSlug, themeCode, group);
  switch (cell.kind) {
    case "own":
      return (
        <div className="grid gap-2">
          <div className="flex flex-wrap items-center gap-2">
            <PositionStatusBadge status={cell.status} t={t} />
            <Link href={href} className={`${LINK} text-sm`}>
              {t.t("positions.matrix.openOwn", { group: groupName, theme: themeCode })}
            </Link>
          </div>
          {cell.updatedAt ? (
            <p className="text-sm text-muted">
              {cell.updatedBy
                ? t.t("positions.matrix.lastEdit", { revision: cell.revision, date: formatDateTime(t, cell.updatedAt), person: cell.updatedBy.name })
                : t.t("positions.matrix.lastEditNoPerson", { revision: cell.revision, date: formatDateTime(t, cell.updatedAt) })}
            </p>
          ) : null}
          <StanceBar summary={cell.stances} label={t.t("positions.stances.barLabel", { group: groupName })} t={t} />
          {cell.stances.recorded > 0 ? (
            <Link href={stancesHref(meetingSlug, themeCode)} className={`${LINK} text-sm`}>
              {t.t("positions.matrix.byDelegationOn", { theme: themeCode })}
            </Link>
          ) : null}
        </div>
      );
    case "delivered":
      return (
        <div className="grid gap-2">
          <div className="flex flex-wrap items-center gap-2">
            <PositionStatusBadge status="DELIVERED" t={t} />
            <Link href={href} className={`${LINK} text-sm`}>
              {t.t("positions.matrix.readDelivered", { group: groupName, theme: themeCode })}
            </Link>
          </div>
          {cell.deliveredAt ? <p className="text-sm text-muted">{t.t("positions.matrix.deliveredOn", { date: formatDate(t, cell.deliveredAt) })}</p> : null}
          <StanceBar summary={cell.stances} label={t.t("positions.stances.barLabel", { group: groupName })} t={t} />
        </div>
      );
    case "status":
      return (
        <div className="flex flex-wrap items-center gap-2">
          <PositionStatusBadge status={cell.status} t={t} />
          {cell.status === "DELIVERED" ? (
            <Link href={href} className={`${LINK} text-sm`}>
              {t.t("positions.matrix.readDelivered", { group: groupName, theme: themeCode })}
            </Link>
          ) : null}
        </div>
      );
    case "notDelivered":
      return <span className="text-sm text-muted">{t.t("positions.matrix.notDelivered")}</span>;
  }
}
