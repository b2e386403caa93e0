import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { findMeetingForAdmin } from "@/lib/dal/admin";
import { moveThemeAction, saveMeetingAction, setMeetingArchivedAction, setThemeArchivedAction } from "@/lib/actions/admin-content";
import { AdminForm } from "@/components/admin/admin-form";
import { meetingFields } from "@/components/admin/meeting-fields";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const meeting = await findMeetingForAdmin(await requireViewer(), (await params).slug);
  return { title: meeting?.title };
}

export default async function AdminMeetingPage({ params }: Params) {
  const viewer = await requireViewer();
  const { slug } = await params;
  const [t, meeting] = await Promise.all([getTranslator(), findMeetingForAdmin(viewer, slug)]);
  if (!meeting) notFound();
  const current = { title: meeting.title, slug: meeting.slug, kind: meeting.kind, venue: meeting.venue ?? "", startsOn: meeting.startsOn, endsOn: meeting.endsOn };
  return (
    <div className="grid gap-8">
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{meeting.title}</h1>
        {meeting.archivedAt ? <Badge>{t.t("admin.archived")}</Badge> : null}
        <Link href={`/meetings/${meeting.slug}`} className="text-brand underline">
          {t.t("admin.meeting.view")}
        </Link>
        <form action={setMeetingArchivedAction.bind(null, meeting.slug, !meeting.archivedAt)}>
          <Button type="submit" variant="secondary">
            {meeting.archivedAt ? t.t("admin.restore") : t.t("admin.archive")}
          </Button>
        </form>
      </header>
      <AdminForm action={saveMeetingAction.bind(null, meeting.slug)} fields={meetingFields(t, current)} submit="admin.save" title={t.t("admin.editItem", { item: meeting.title })} />
      <section aria-labelledby="themes-heading" className="grid gap-2">
        <h2 id="themes-heading" className="text-lg font-semibold">
          {t.t("admin.meeting.themes")}
        </h2>
        {meeting.themes.length === 0 ? <p>{t.t("admin.meeting.noThemes")}</p> : null}
        <ol className="grid gap-2">
          {meeting.themes.map((theme, i) => (
            <li key={theme.id} className="flex flex-wrap items-center gap-2 rounded border border-line p-2">
              <span className="font-mono font-semibold">{theme.code}</span>
              <span className="min-w-0 flex-1">{theme.title}</span>
              {theme.archivedAt ? <Badge>{t.t("admin.archived")}</Badge> : null}
              <Link href={`/admin/meetings/${meeting.slug}/themes/${encodeURIComponent(theme.code)}`} className="text-brand underline">
                {t.t("admin.editItem", { item: theme.code })}
              </Link>
              <form action={moveThemeAction.bind(null, theme.id, "up")}>
                <Button type="submit" variant="secondary" disabled={i === 0} aria-label={t.t("admin.moveUp", { item: theme.code })}>
                  ↑
                </Button>
              </form>
              <form action={moveThemeAction.bind(null, theme.id, "down")}>
                <Button type="submit" variant="secondary" disabled={i === meeting.themes.length - 1} aria-label={t.t("admin.moveDown", { item: theme.code })}>
                  ↓
                </Button>
              </form>
              <form action={setThemeArchivedAction.bind(null, theme.id, !theme.archivedAt)}>
                <Button type="submit" variant="secondary">
                  {theme.archivedAt ? t.t("admin.restore") : t.t("admin.archive")}
                  <span className="sr-only"> {theme.code}</span>
                </Button>
              </form>
            </li>
          ))}
        </ol>
        <p>
          <Link href={`/admin/meetings/${meeting.slug}/themes/new`} className="text-brand underline">
            {t.t("admin.meeting.newTheme")}
          </Link>
        </p>
      </section>
    </div>
  );
}
