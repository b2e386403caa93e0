import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { findDelegationForAdmin } from "@/lib/dal/admin";
import { canManageDelegations } from "@/lib/authz/admin";
import { saveDelegationAction, setDelegationActiveAction } from "@/lib/actions/admin-people";
import { AdminForm } from "@/components/admin/admin-form";
import { delegationFields } from "@/components/admin/meeting-fields";
import { PeopleManager } from "@/components/admin/people-manager";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const delegation = await findDelegationForAdmin(await requireViewer(), (await params).id);
  return { title: delegation?.name };
}

export default async function AdminDelegationPage({ params }: Params) {
  const viewer = await requireViewer();
  const { id } = await params;
  // Only the secretariat administers delegations themselves; heads use /delegation.
  if (!canManageDelegations(viewer)) notFound();
  const [t, delegation] = await Promise.all([getTranslator(), findDelegationForAdmin(viewer, id)]);
  if (!delegation) notFound();
  return (
    <div className="grid gap-8">
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{delegation.name}</h1>
        {delegation.active ? <Badge tone="ok">{t.t("admin.active")}</Badge> : <Badge>{t.t("admin.inactive")}</Badge>}
        <form action={setDelegationActiveAction.bind(null, delegation.id, !delegation.active)}>
          <Button type="submit" variant="secondary">
            {delegation.active ? t.t("admin.deactivate") : t.t("admin.activate")}
          </Button>
        </form>
      </header>
      <AdminForm action={saveDelegationAction.bind(null, delegation.id)} fields={delegationFields(t, delegation)} submit="admin.save" title={t.t("admin.editItem", { item: delegation.name })} />
      <PeopleManager viewer={viewer} t={t} delegationId={delegation.id} people={delegation.members} />
    </div>
  );
}
