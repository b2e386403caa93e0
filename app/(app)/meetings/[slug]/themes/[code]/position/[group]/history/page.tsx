import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslator } from "@/lib/i18n/server";
import { listRevisionsForViewer, revisionBodiesForViewer, REVISIONS_PAGE_SIZE } from "@/lib/dal/positions";
import { restorePositionRevisionAction } from "@/lib/actions/positions";
import { wordDiff, diffStats } from "@/lib/positions/word-diff";
import { positionHistoryHref, positionHref } from "@/lib/positions/paths";
import { ZRevisionPair } from "@/lib/validation/positions";
import { DiffView } from "@/components/positions/diff-view";
import { PositionStatusBadge } from "@/components/positions/status-badge";
import { RestoreRevisionButton } from "@/components/positions/restore-revision-button";
import { diffLabels, formatDateTime, positionMessages } from "@/components/positions/labels";
import { Button } from "@/components/ui/button";
import { loadPosition, type TPositionParams } from "../load-position";

type Props = { params: TPositionParams; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, code, group } = await params;
  const [t, loaded] = await Promise.all([getTranslator(), loadPosition(slug, code, group)]);
  if (!loaded) return {};
  return { title: t.t("positions.history.title", { group: t.t(`groups.${loaded.position.group}`), theme: loaded.position.theme.code }) };
}

const LINK = "text-brand underline underline-offset-2 hover:text-brand-strong";
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// Every revision of my group's position (who, when, status), a word diff between
// any two, and "restore" (as a new revision). The history stays with the group, even
// once the text is delivered: anyone else gets 404.
export default async function PositionHistoryPage({ params, searchParams }: Props) {
  const { slug, code, group } = await params;
  const [t, loaded, query] = await Promise.all([getTranslator(), loadPosition(slug, code, group), searchParams]);
  if (!loaded || !loaded.position.isMember || !loaded.position.exists) notFound();
  const { viewer, position: p } = loaded;
  const picked = ZRevisionPair.parse({ from: first(query.from), to: first(query.to), page: first(query.page) });
  const page = picked.page ?? 1;
  const latest = p.revision;
  const to = Math.min(picked.to ?? latest, latest);
  const from = Math.min(picked.from ?? Math.max(to - 1, 0), latest);
  const [{ revisions, total }, bodies] = await Promise.all([
    listRevisionsForViewer(viewer, p, page),
    revisionBodiesForViewer(viewer, p, [from, to]),
  ]);
  const before = bodies.get(from);
  const after = bodies.get(to);
  const segments = before !== undefined && after !== undefined ? wordDiff(before, after) : null;
  const stats = segments ? diffStats(segments) : null;
  const pages = Math.max(1, Math.ceil(total / REVISIONS_PAGE_SIZE));
  const base = positionHistoryHref(p.theme.meeting.slug, p.theme.code, p.group);
  const numbers = Array.from({ length: latest + 1 }, (_, i) => latest - i);
  const restore = restorePositionRevisionAction.bind(null, p.theme.meeting.slug, p.theme.code);
  const messages = positionMessages(t);

  return (
    <article className="grid gap-6">
      <header className="grid gap-1">
        <p className="text-sm">
          <Link href={positionHref(p.theme.meeting.slug, p.theme.code, p.group)} className={LINK}>
            {t.t("positions.editor.cancel")}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{t.t("positions.history.title", { group: t.t(`groups.${p.group}`), theme: p.theme.code })}</h1>
        <p className="text-muted">{p.theme.title}</p>
      </header>

      <section aria-labelledby="compare-heading" className="grid gap-3">
        <h2 id="compare-heading" className="text-lg font-semibold">
          {t.t("positions.history.compareHeading")}
        </h2>
        <form method="get" action={base} className="flex flex-wrap items-end gap-3">
          <div className="grid gap-1">
            <label htmlFor="compare-from" className="font-medium">
              {t.t("positions.history.from")}
            </label>
            <select id="compare-from" name="from" defaultValue={String(from)} className="rounded border border-line px-2 py-1.5">
              {numbers.map((n) => (
                <option key={n} value={n}>
                  {n === 0 ? t.t("positions.history.revisionZero") : t.t("positions.history.revision", { number: n })}
                </option>
              ))}
            </select>
          </div>
          <div className="grid gap-1">
            <label htmlFor="compare-to" className="font-medium">
              {t.t("positions.history.to")}
            </label>
            <select id="compare-to" name="to" defaultValue={String(to)} className="rounded border border-line px-2 py-1.5">
              {numbers
                .filter((n) => n > 0)
                .map((n) => (
                  <option key={n} value={n}>
                    {t.t("positions.history.revision", { number: n })}
                  </option>
                ))}
            </select>
          </div>
          <Button type="submit" variant="secondary">
            {t.t("positions.history.compare")}
          </Button>
        </form>
        {segments ? (
          <section aria-labelledby="diff-heading" className="grid gap-1">
            <h3 id="diff-heading" className="font-semibold">
              {t.t("positions.history.comparing", { from, to })}
            </h3>
            {stats ? <p className="text-sm">{t.t("positions.diff.stats", { added: stats.added, removed: stats.removed })}</p> : null}
            <p className="text-sm text-muted">{t.t("positions.diff.legend")}</p>
            <DiffView segments={segments} labels={diffLabels(t)} />
          </section>
        ) : null}
      </section>

      <section aria-labelledby="revisions-heading" className="grid gap-3">
        <h2 id="revisions-heading" className="text-lg font-semibold">
          {t.t("positions.history.listHeading")}
        </h2>
        {revisions.length === 0 ? (
          <p>{t.t("positions.history.empty")}</p>
        ) : (
          <ol className="grid gap-2">
            {revisions.map((r) => (
              <li key={r.number} className="flex flex-wrap items-start justify-between gap-3 rounded border border-line p-3">
                <div className="grid gap-1">
                  <p className="flex flex-wrap items-center gap-2">
                    <span className="font-semibold">{t.t("positions.history.revision", { number: r.number })}</span>
                    <PositionStatusBadge status={r.status} t={t} />
                    {r.restoredFrom ? <span className="text-sm text-muted">{t.t("positions.history.restoredFrom", { number: r.restoredFrom })}</span> : null}
                  </p>
                  <p className="text-sm">
                    {t.t("positions.history.by", { person: r.author.name, delegation: r.author.delegation ?? "" })} ·{" "}
                    <time dateTime={r.createdAt.toISOString()}>{formatDateTime(t, r.createdAt)}</time>
                  </p>
                  {r.number > 1 ? (
                    <p className="text-sm">
                      <Link href={`${base}?from=${r.number - 1}&to=${r.number}`} className={LINK}>
                        {t.t("positions.history.comparing", { from: r.number - 1, to: r.number })}
                      </Link>
                    </p>
                  ) : null}
                </div>
                {p.canEdit && r.number < latest ? (
                  <RestoreRevisionButton
                    action={restore}
                    number={r.number}
                    baseRevision={latest}
                    labels={{ restore: t.t("positions.history.restore", { number: r.number }), restoring: t.t("positions.history.restoring"), messages }}
                  />
                ) : null}
              </li>
            ))}
          </ol>
        )}
        {pages > 1 ? (
          <nav aria-label={t.t("positions.history.pagination")} className="flex gap-4">
            {page > 1 ? (
              <Link href={`${base}?page=${page - 1}`} className={LINK}>
                {t.t("positions.history.newer")}
              </Link>
            ) : null}
            {page < pages ? (
              <Link href={`${base}?page=${page + 1}`} className={LINK}>
                {t.t("positions.history.older")}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </article>
  );
}
