import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { canManageContent } from "@/lib/authz/admin";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("admin.title") };
}

export default async function AdminPage() {
  const viewer = await requireViewer();
  if (!canManageContent(viewer)) notFound();
  const t = await getTranslator();
  const links = [
    { href: "/admin/meetings", label: t.t("admin.meetings") },
    { href: "/admin/delegations", label: t.t("admin.delegations") },
    { href: "/admin/secretariat", label: t.t("admin.secretariat") },
    { href: "/admin/audit", label: t.t("admin.audit") },
  ];
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-semibold">{t.t("admin.title")}</h1>
      <p>{t.t("admin.intro")}</p>
      <ul className="grid gap-2 sm:grid-cols-2">
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} className="block rounded border border-line p-4 text-lg text-brand underline-offset-2 hover:underline">
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
