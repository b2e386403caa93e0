import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { listSecretariatForAdmin } from "@/lib/dal/admin";
import { PeopleManager } from "@/components/admin/people-manager";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("admin.secretariat") };
}

export default async function AdminSecretariatPage() {
  const viewer = await requireViewer();
  const [t, people] = await Promise.all([getTranslator(), listSecretariatForAdmin(viewer)]);
  if (!people) notFound();
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-semibold">{t.t("admin.secretariat")}</h1>
      <PeopleManager viewer={viewer} t={t} delegationId={null} people={people} />
    </div>
  );
}
