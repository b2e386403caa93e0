import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslator } from "@/lib/i18n/server";
import { RenderedMarkdown } from "@/components/ui/rendered-markdown";
import { SEED_CONTENT_LANGUAGE } from "@/lib/i18n/content-language";
import { PositionStatusBadge } from "@/components/positions/status-badge";
import { PositionStatusControls } from "@/components/positions/position-status-controls";
import { formatDate, formatDateTime, statusControlLabels } from "@/components/positions/labels";
import { agreePositionAction, changePositionStatusAction } from "@/lib/actions/positions";
import { positionEditHref, positionHistoryHref } from "@/lib/positions/paths";
import { countStancesForViewer } from "@/lib/dal/stances";
import { StanceBar } from "@/components/positions/stance-bar";
import { PositionsBreadcrumb } from "@/components/positions/positions-breadcrumb";
import { PositionCarries } from "@/components/carry/position-carries";
import { loadPosition, type TPositionParams } from "./load-position";
import { LiveWatch } from "@/components/live/live-watch";
import { listOtherEditors } from "@/lib/dal/position-presence";
import { EditorsNow } from "@/components/positions/editors-now";

type Props = { params: TPositionParams; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, code, group } = await params;
  const [t, loaded] = await Promise.all([getTranslator(), loadPosition(slug, code, group)]);
  if (!loaded) return {};
  const { position } = loaded;
  return { title: t.t("positions.position.title", { group: t.t(`groups.${position.group}`), theme: position.theme.code }) };
}

const LINK = "text-brand underline underline-offset-2 hover:text-brand-strong";

// One group position: for the group's delegations, its text at any status with who
// saved it, the heads who agreed, and the controls; for everyone else, the text the
// group delivered (and nothing until then: 404).
export default async function PositionPage({ params, searchParams }: Props) {
  const { slug, code, group: groupSegment } = await params;
  const [t, loaded, { saved }] = await Promise.all([getTranslator(), loadPosition(slug, code, groupSegment), searchParams]);
  if (!loaded) notFound();
  const { viewer, position: p } = loaded;
  const theme = p.theme;
  const groupName = t.t(`groups.${p.group}`);
  // The group's delegations see their stances here; others only counts, and only
  // once the position is delivered (null otherwise, and for the secretariat).
  // …and the group's members, who else of the group has the editor open right now.
  const [stanceSummary, editors] = await Promise.all([countStancesForViewer(viewer, theme.id, p.group), listOtherEditors(viewer, theme.id, p.group)]);
  const savedRevision = Number(saved);

  return (
    <article className="grid gap-6">
      <LiveWatch kinds={["position", "stance"]} themeId={theme.id} />
      <header className="grid gap-2">
        <PositionsBreadcrumb theme={theme} t={t} />
        <h1 className="text-2xl font-semibold">{t.t("positions.position.title", { group: groupName, theme: theme.code })}</h1>
        <p className="text-muted" lang={SEED_CONTENT_LANGUAGE}>
          {theme.title}
        </p>
        <dl className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
          <div className="flex items-center gap-1">
            <dt className="font-medium">{t.t("positions.position.statusLabel")}:</dt>
            <dd>
              <PositionStatusBadge status={p.exists ? p.status : "NONE"} t={t} />
            </dd>
          </div>
          <div className="flex gap-1">
            <dt className="font-medium">{t.t("positions.position.groupLabel")}:</dt>
            <dd>{groupName}</dd>
          </div>
        </dl>
        {p.isMember && p.exists && p.updatedAt ? (
          <p className="text-sm text-muted">
            {p.updatedBy
              ? t.t("positions.position.revisionLine", {
                  revision: p.revision,
                  date: formatDateTime(t, p.updatedAt),
                  person: p.updatedBy.name,
                  delegation: p.updatedBy.delegation ?? "",
                })
              : t.t("positions.position.revisionLineNoPerson", { revision: p.revision, date: formatDateTime(t, p.updatedAt) })}
          </p>
        ) : null}
        {p.status === "DELIVERED" && p.deliveredAt ? <p className="text-sm">{t.t("positions.position.deliveredOn", { date: formatDate(t, p.deliveredAt) })}</p> : null}
        <p role="status" className="font-medium text-ok empty:hidden">
          {p.isMember && Number.isInteger(savedRevision) && savedRevision > 0 ? t.t("positions.position.saved", { revision: savedRevision }) : null}
        </p>
      </header>

      <EditorsNow editors={editors} t={t} />

      {p.exists ? (
        <section aria-label={t.t("positions.position.title", { group: groupName, theme: theme.code })} className="max-w-prose">
          <RenderedMarkdown html={p.bodyHtml} language={p.language} />
        </section>
      ) : (
        <p>{t.t("positions.position.notStarted")}</p>
      )}

      {p.isMember ? <PositionCarries viewer={viewer} themeId={theme.id} group={p.group} t={t} /> : null}

      {stanceSummary ? (
        <section aria-labelledby="group-stances-heading" className="grid max-w-md gap-2">
          <h2 id="group-stances-heading" className="text-lg font-semibold">
            {t.t("positions.stances.barLabel", { group: groupName })}
          </h2>
          <StanceBar summary={stanceSummary} label={t.t("positions.stances.barLabel", { group: groupName })} t={t} />
        </section>
      ) : null}

      {p.isMember ? (
        <>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {p.canEdit ? (
              <li>
                <Link href={positionEditHref(theme.meeting.slug, theme.code, p.group)} className={LINK}>
                  {p.exists ? t.t("positions.position.edit") : t.t("positions.position.write")}
                </Link>
              </li>
            ) : null}
            {p.exists ? (
              <li>
                <Link href={positionHistoryHref(theme.meeting.slug, theme.code, p.group)} className={LINK}>
                  {t.t("positions.position.history")}
                </Link>
              </li>
            ) : null}
          </ul>
          {p.exists && p.status !== "DRAFT" ? <p className="text-sm text-muted">{t.t("positions.position.lockedNote")}</p> : null}
          {!p.canEdit && p.status === "DRAFT" ? <p className="text-sm text-muted">{t.t("positions.position.readOnlyNote")}</p> : null}
          {p.agreements.length > 0 ? (
            <section aria-labelledby="agreements-heading" className="grid gap-1">
              <h2 id="agreements-heading" className="text-lg font-semibold">
                {t.t("positions.position.agreements")}
              </h2>
              <ul className="grid gap-0.5">
                {p.agreements.map((a) => (
                  <li key={a.delegation}>{t.t("positions.position.agreement", { delegation: a.delegation, person: a.person, revision: a.revision })}</li>
                ))}
              </ul>
            </section>
          ) : null}
          {p.nextStatuses.length > 0 || p.canAgree ? (
            <PositionStatusControls
              changeAction={changePositionStatusAction.bind(null, theme.meeting.slug, theme.code)}
              agreeAction={agreePositionAction.bind(null, theme.meeting.slug, theme.code)}
              baseRevision={p.revision}
              nextStatuses={p.nextStatuses}
              canAgree={p.canAgree}
              labels={statusControlLabels(t)}
            />
          ) : null}
        </>
      ) : null}
    </article>
  );
}
