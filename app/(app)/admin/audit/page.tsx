import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { listAuditEntityTypes, listAuditEntriesForViewer } from "@/lib/dal/audit-log";
import { auditFiltersFrom, auditQueryString } from "@/components/audit/audit-filters";
import { Button } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("admin.auditLog.title") };
}

type Search = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Search) {
  const viewer = await requireViewer();
  const filters = auditFiltersFrom(await searchParams);
  const [t, page, entityTypes] = await Promise.all([getTranslator(), listAuditEntriesForViewer(viewer, filters), listAuditEntityTypes(viewer)]);
  if (!page) notFound();
  const time = new Intl.DateTimeFormat(t.locale, { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });
  const field = "rounded border border-line px-2 py-1";
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-semibold">{t.t("admin.auditLog.title")}</h1>
      <p>{viewer.role === "SECRETARIAT" ? t.t("admin.auditLog.introSecretariat") : t.t("admin.auditLog.introHead")}</p>
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label={t.t("admin.auditLog.filter")}>
        <div className="flex flex-col">
          <label htmlFor="audit-actor">{t.t("admin.auditLog.filterActor")}</label>
          <input id="audit-actor" name="actor" type="email" defaultValue={filters.actorEmail} className={field} />
        </div>
        <div className="flex flex-col">
          <label htmlFor="audit-entity">{t.t("admin.auditLog.filterEntity")}</label>
          <select id="audit-entity" name="entity" defaultValue={filters.entityType ?? ""} className={field}>
            <option value="">—</option>
            {entityTypes.map((e) => (
              <option key={e} value={e}>
                {e}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col">
          <label htmlFor="audit-from">{t.t("admin.auditLog.filterFrom")}</label>
          <input id="audit-from" name="from" type="date" defaultValue={filters.from} className={field} />
        </div>
        <div className="flex flex-col">
          <label htmlFor="audit-to">{t.t("admin.auditLog.filterTo")}</label>
          <input id="audit-to" name="to" type="date" defaultValue={filters.to} className={field} />
        </div>
        <Button type="submit">{t.t("admin.auditLog.filter")}</Button>
        <a href={`/admin/audit/export${auditQueryString(filters)}`} className="text-brand underline" download>
          {t.t("admin.auditLog.export")}
        </a>
      </form>
      {page.rows.length === 0 ? (
        <p>{t.t("admin.auditLog.empty")}</p>
      ) : (
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-2">{t.t("admin.auditLog.when")} (UTC)</th>
              <th scope="col" className="py-2 pr-2">{t.t("admin.auditLog.actor")}</th>
              <th scope="col" className="py-2 pr-2">{t.t("admin.auditLog.action")}</th>
              <th scope="col" className="py-2 pr-2">{t.t("admin.auditLog.entity")}</th>
              <th scope="col" className="py-2">{t.t("admin.auditLog.details")}</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((row) => (
              <tr key={String(row.id)} className="border-b border-line align-top">
                <td className="py-1 pr-2 whitespace-nowrap">
                  <time dateTime={row.createdAt.toISOString()}>{time.format(row.createdAt)}</time>
                </td>
                <td className="py-1 pr-2">{row.actor ? `${row.actor.name} <${row.actor.email}>` : t.t("admin.auditLog.system")}</td>
                <td className="py-1 pr-2 font-mono">{row.action}</td>
                <td className="py-1 pr-2 font-mono">
                  {row.entityType}
                  {row.entityId ? ` ${row.entityId.slice(0, 8)}` : ""}
                </td>
                <td className="max-w-xs truncate py-1 font-mono text-xs" title={row.summary ? JSON.stringify(row.summary) : undefined}>
                  {row.summary ? JSON.stringify(row.summary) : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav aria-label={t.t("admin.auditLog.title")} className="flex gap-4">
        {filters.before ? (
          <Link href={`/admin/audit${auditQueryString(filters)}`} className="text-brand underline">
            {t.t("admin.auditLog.previous")}
          </Link>
        ) : null}
        {page.nextBefore ? (
          <Link href={`/admin/audit${auditQueryString(filters, { before: page.nextBefore })}`} className="text-brand underline">
            {t.t("admin.auditLog.next")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
