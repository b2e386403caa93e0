import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { workspaceNow } from "@/lib/time/workspace-date";
import { listMeetingsForViewer } from "@/lib/dal/meetings";
import { MeetingList } from "@/components/meetings/meeting-list";
import { HomeActionsPanel } from "@/components/actions/home-actions-panel";
import { HomePositionsPanel } from "@/components/positions/home-positions-panel";
import { HomeNotesPanel } from "@/components/annotations/home-notes-panel";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("home.title") };
}

export default async function HomePage() {
  const viewer = await requireViewer();
  const [t, meetings] = await Promise.all([getTranslator(), listMeetingsForViewer(viewer)]);
  const now = workspaceNow();
  return (
    <div className="grid gap-8">
      <header className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t.t("home.title")}</h1>
        <Link href="/dashboard" className="text-brand underline underline-offset-2">
          {t.t("dashboard.homeLink")}
        </Link>
      </header>
      <section aria-labelledby="delegation-heading" className="rounded border border-line bg-surface p-4">
        <h2 id="delegation-heading" className="mb-2 text-lg font-semibold">
          {t.t("home.delegationHeading")}
        </h2>
        {viewer.delegation ? (
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
            <dt className="font-medium">{t.t("home.delegation")}</dt>
            <dd>{viewer.delegation.name}</dd>
            <dt className="font-medium">{t.t("home.group")}</dt>
            <dd>{t.t(`groups.${viewer.delegation.group}`)}</dd>
            <dt className="font-medium">{t.t("home.role")}</dt>
            <dd>{t.t(`roles.${viewer.role}`)}</dd>
          </dl>
        ) : (
          <p>{t.t("home.secretariatIntro")}</p>
        )}
      </section>
      <section aria-labelledby="meetings-heading">
        <h2 id="meetings-heading" className="mb-3 text-lg font-semibold">
          {t.t("home.meetingsHeading")}
        </h2>
        <MeetingList meetings={meetings} t={t} now={now} />
      </section>
      <HomeActionsPanel viewer={viewer} t={t} />
      <HomePositionsPanel viewer={viewer} t={t} />
      <HomeNotesPanel viewer={viewer} t={t} />
    </div>
  );
}
