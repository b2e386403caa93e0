import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { listMeetingsForAdmin } from "@/lib/dal/admin";
import { saveMeetingAction } from "@/lib/actions/admin-content";
import { AdminForm } from "@/components/admin/admin-form";
import { meetingFields } from "@/components/admin/meeting-fields";
import { Badge } from "@/components/ui/badge";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("admin.meetings") };
}

export default async function AdminMeetingsPage() {
  const viewer = await requireViewer();
  const [t, meetings] = await Promise.all([getTranslator(), listMeetingsForAdmin(viewer)]);
  if (!meetings) notFound();
  return (
    <div className="grid gap-8">
      <h1 className="text-2xl font-semibold">{t.t("admin.meetings")}</h1>
      <ul className="grid gap-2">
        {meetings.map((m) => (
          <li key={m.slug} className="flex flex-wrap items-center gap-2 rounded border border-line p-3">
            <Link href={`/admin/meetings/${m.slug}`} className="text-brand underline-offset-2 hover:underline">
              {m.title}
            </Link>
            <span className="text-sm text-muted">{t.plural("home.themeCount", m._count.themes)}</span>
            {m.archivedAt ? <Badge>{t.t("admin.archived")}</Badge> : null}
          </li>
        ))}
      </ul>
      <section aria-labelledby="new-meeting">
        <h2 id="new-meeting" className="mb-2 text-lg font-semibold">
          {t.t("admin.meeting.new")}
        </h2>
        <AdminForm action={saveMeetingAction.bind(null, null)} fields={meetingFields(t)} submit="admin.create" title={t.t("admin.meeting.new")} />
      </section>
    </div>
  );
}
