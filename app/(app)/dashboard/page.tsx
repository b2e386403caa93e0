import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { loadDelegationDashboard } from "@/lib/dal/dashboard";
import { loadReadiness } from "@/lib/dal/dashboard-readiness";
import { formatDay } from "@/lib/follow-up/format";
import { workspaceNow } from "@/lib/time/workspace-date";
import { DelegationDashboard } from "@/components/dashboard/delegation-dashboard";
import { ReadinessDashboard } from "@/components/dashboard/readiness-dashboard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("dashboard.title") };
}

// The preparation dashboard: a delegation's own readiness for its members, the
// readiness of all delegations (counts only) for the secretariat.
export default async function DashboardPage() {
  const viewer = await requireViewer();
  const now = workspaceNow();
  const [t, figures, readiness] = await Promise.all([
    getTranslator(),
    viewer.delegation ? loadDelegationDashboard(viewer, now) : null,
    viewer.delegation ? null : loadReadiness(viewer, now),
  ]);
  if (!figures && !readiness) notFound();
  const today = now.toISOString().slice(0, 10);
  return (
    <div className="grid gap-6">
      <header className="grid gap-1">
        <h1 className="text-2xl font-semibold">{t.t("dashboard.title")}</h1>
        <p>{viewer.delegation ? t.t("dashboard.intro", { delegation: viewer.delegation.name }) : t.t("dashboard.introSecretariat")}</p>
        <p className="text-sm text-muted">{t.t("dashboard.asOf", { date: formatDay(today, t.locale) })}</p>
        {readiness ? (
          <p className="text-sm print:hidden">
            <Link href="/dashboard/export" className="text-brand underline underline-offset-2">
              {t.t("dashboard.readiness.exportCsv")}
            </Link>
          </p>
        ) : null}
      </header>
      {figures ? <DelegationDashboard figures={figures} now={now} t={t} /> : null}
      {readiness ? <ReadinessDashboard readiness={readiness} t={t} /> : null}
    </div>
  );
}
