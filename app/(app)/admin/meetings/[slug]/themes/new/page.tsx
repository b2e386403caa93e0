import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { findMeetingForAdmin } from "@/lib/dal/admin";
import { saveThemeAction } from "@/lib/actions/admin-content";
import { AdminForm } from "@/components/admin/admin-form";
import { themeFields } from "@/components/admin/meeting-fields";

export default async function NewThemePage({ params }: { params: Promise<{ slug: string }> }) {
  const viewer = await requireViewer();
  const { slug } = await params;
  const [t, meeting] = await Promise.all([getTranslator(), findMeetingForAdmin(viewer, slug)]);
  if (!meeting) notFound();
  return (
    <div className="grid gap-4">
      <p className="text-sm text-muted">{meeting.title}</p>
      <h1 className="text-2xl font-semibold">{t.t("admin.meeting.newTheme")}</h1>
      <AdminForm action={saveThemeAction.bind(null, { meetingSlug: slug, themeId: null })} fields={themeFields()} submit="admin.create" title={t.t("admin.meeting.newTheme")} />
    </div>
  );
}
