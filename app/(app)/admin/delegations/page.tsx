import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { listDelegationsForAdmin } from "@/lib/dal/admin";
import { saveDelegationAction } from "@/lib/actions/admin-people";
import { AdminForm } from "@/components/admin/admin-form";
import { delegationFields } from "@/components/admin/meeting-fields";
import { Badge } from "@/components/ui/badge";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("admin.delegations") };
}

export default async function AdminDelegationsPage() {
  const viewer = await requireViewer();
  const [t, delegations] = await Promise.all([getTranslator(), listDelegationsForAdmin(viewer)]);
  if (!delegations) notFound();
  return (
    <div className="grid gap-8">
      <h1 className="text-2xl font-semibold">{t.t("admin.delegations")}</h1>
      <table className="w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-2 pr-2">{t.t("admin.delegation.name")}</th>
            <th scope="col" className="py-2 pr-2">{t.t("admin.delegation.group")}</th>
            <th scope="col" className="py-2 pr-2">{t.t("admin.delegation.members")}</th>
            <th scope="col" className="py-2">{t.t("admin.people.status")}</th>
          </tr>
        </thead>
        <tbody>
          {delegations.map((d) => (
            <tr key={d.id} className="border-b border-line">
              <th scope="row" className="py-2 pr-2 font-medium">
                <Link href={`/admin/delegations/${d.id}`} className="text-brand underline-offset-2 hover:underline">
                  {d.name}
                </Link>
              </th>
              <td className="py-2 pr-2">{t.t(`groups.${d.group}`)}</td>
              <td className="py-2 pr-2">{t.plural("admin.delegation.memberCount", d._count.members)}</td>
              <td className="py-2">{d.active ? <Badge tone="ok">{t.t("admin.active")}</Badge> : <Badge>{t.t("admin.inactive")}</Badge>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="new-delegation">
        <h2 id="new-delegation" className="mb-2 text-lg font-semibold">
          {t.t("admin.delegation.new")}
        </h2>
        <AdminForm action={saveDelegationAction.bind(null, null)} fields={delegationFields(t)} submit="admin.create" title={t.t("admin.delegation.new")} />
      </section>
    </div>
  );
}
