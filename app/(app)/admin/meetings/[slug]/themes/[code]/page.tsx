import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { findThemeForAdmin } from "@/lib/dal/admin";
import { saveThemeAction, setThemeLinksAction } from "@/lib/actions/admin-content";
import { AdminForm } from "@/components/admin/admin-form";
import { themeFields } from "@/components/admin/meeting-fields";
import { ThemeLinksForm } from "@/components/admin/theme-links-form";
import { themeLinksForAdmin } from "@/lib/services/theme-links";

export default async function EditThemePage({ params }: { params: Promise<{ slug: string; code: string }> }) {
  const viewer = await requireViewer();
  const { slug, code } = await params;
  const [t, theme] = await Promise.all([getTranslator(), findThemeForAdmin(viewer, slug, decodeURIComponent(code))]);
  if (!theme) notFound();
  // Only a technical-meeting theme follows roundtables up (null for any other).
  const links = await themeLinksForAdmin(viewer, theme.id);
  const current = { code: theme.code, title: theme.title, background: theme.paragraphs.map((p) => p.text).join("\n\n") };
  const title = t.t("admin.theme.edit", { code: theme.code });
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <AdminForm action={saveThemeAction.bind(null, { meetingSlug: slug, themeId: theme.id })} fields={themeFields(current)} submit="admin.save" title={title} />
      {links ? (
        <ThemeLinksForm
          action={setThemeLinksAction.bind(null, links.themeId)}
          links={links}
          labels={{
            heading: t.t("carry.admin.heading"),
            hint: t.t("carry.admin.hint"),
            save: t.t("carry.admin.save"),
            saving: t.t("carry.admin.saving"),
            saved: t.t("carry.admin.saved"),
          }}
        />
      ) : null}
    </div>
  );
}
