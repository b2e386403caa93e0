import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { findCalendarFeedStatus } from "@/lib/dal/actions-calendar";
import { formatMoment } from "@/lib/follow-up/format";
import { ActionsViewsNav } from "@/components/actions/actions-views-nav";
import { CalendarFeedPanel } from "@/components/actions/calendar-feed-panel";
import { actionErrorMessages } from "@/components/actions/action-form-labels";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("actions.calendar.heading") };
}

export default async function CalendarFeedPage() {
  const viewer = await requireViewer();
  if (!viewer.delegation) notFound();
  const [t, status] = await Promise.all([getTranslator(), findCalendarFeedStatus(viewer)]);
  const c = "actions.calendar" as const;
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-semibold">{t.t(`${c}.heading`)}</h1>
      <ActionsViewsNav viewer={viewer} current="calendar" t={t} />
      <p>{t.t(`${c}.intro`)}</p>
      <CalendarFeedPanel
        labels={{
          none: t.t(`${c}.none`),
          active: status.activeSince ? t.t(`${c}.active`, { date: formatMoment(status.activeSince, t.locale) }) : null,
          create: t.t(`${c}.create`),
          replace: t.t(`${c}.replace`),
          revoke: t.t(`${c}.revoke`),
          working: t.t(`${c}.working`),
          newUrl: t.t(`${c}.newUrl`),
          urlLabel: t.t(`${c}.urlLabel`),
          revoked: t.t(`${c}.revoked`),
          messages: actionErrorMessages(t),
        }}
      />
    </div>
  );
}
