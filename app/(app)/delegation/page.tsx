import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { findDelegationForAdmin } from "@/lib/dal/admin";
import { PeopleManager } from "@/components/admin/people-manager";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CLIENT_MESSAGES } from "@/lib/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("admin.myDelegation") };
}

// A head of delegation manages the people of their own delegation here.
export default async function MyDelegationPage() {
  const viewer = await requireViewer();
  if (viewer.role !== "HEAD_OF_DELEGATION" || !viewer.delegation) notFound();
  const [t, delegation] = await Promise.all([getTranslator(), findDelegationForAdmin(viewer, viewer.delegation.id)]);
  if (!delegation) notFound();
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-semibold">{delegation.name}</h1>
      <ClientMessages paths={CLIENT_MESSAGES.admin}>
        <PeopleManager viewer={viewer} t={t} delegationId={delegation.id} people={delegation.members} />
      </ClientMessages>
    </div>
  );
}
