import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { findActionForViewer } from "@/lib/dal/actions";
import { assignablePeople, loadActionDirectory } from "@/lib/dal/actions-directory";
import { ActionForm } from "@/components/actions/action-form";
import { actionFormLabels } from "@/components/actions/action-form-labels";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("actions.form.editHeading") };
}

// The edit form carries the version it started from: if someone saves in between,
// the save is refused and both versions are shown (lib/dal/actions-write.ts).
export default async function EditActionPage({ params }: Props) {
  const viewer = await requireViewer();
  const { id } = await params;
  const [t, action, directory] = await Promise.all([getTranslator(), findActionForViewer(viewer, id), loadActionDirectory(viewer)]);
  // Someone who may not edit has no use for this page: it does not exist for them.
  if (!action || !action.can.edit) notFound();
  const people = assignablePeople(directory, { scope: action.scope, delegationId: action.delegationId });
  // The current assignee stays selectable even if they could no longer be chosen.
  const current = directory.person(action.assigneeId);
  if (current && !people.some((p) => p.id === current.id)) people.unshift(current);
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-semibold">{t.t("actions.form.editHeading")}</h1>
      <p className="text-lg">{action.title}</p>
      <ActionForm
        mode="edit"
        labels={actionFormLabels(t)}
        initial={{
          id: action.id,
          version: String(action.version),
          title: action.title,
          description: action.description,
          meetingId: action.meetingId ?? undefined,
          themeId: action.theme?.id,
          assigneeId: action.assigneeId ?? undefined,
          dueOn: action.dueOn ?? undefined,
          priority: action.priority,
        }}
        meetings={directory.meetings}
        people={people}
        myDelegationId={action.delegationId}
        scope={{ kind: "fixed", scope: action.scope, text: t.t("actions.form.scopeFixed", { scope: t.t(`actions.scopes.${action.scope}`) }) }}
        cancelHref={`/actions/${action.id}`}
      />
    </div>
  );
}
