import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { can } from "@/lib/authz/permissions";
import { getTranslator } from "@/lib/i18n/server";
import { findNoteForNewAction } from "@/lib/dal/actions";
import { loadActionDirectory } from "@/lib/dal/actions-directory";
import { ActionForm } from "@/components/actions/action-form";
import { actionFormLabels } from "@/components/actions/action-form-labels";
import { ActionsViewsNav } from "@/components/actions/actions-views-nav";
import { RenderedMarkdown } from "@/components/ui/rendered-markdown";
import { SEED_CONTENT_LANGUAGE } from "@/lib/i18n/content-language";

type Props = { searchParams: Promise<{ themeId?: string; meetingId?: string; annotationId?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("actions.form.newHeading") };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// New action, optionally prefilled from a theme (?themeId=), a meeting (?meetingId=)
// or a note (?annotationId=, "Make this an action"). Prefills are checked against what
// the viewer may see; the server checks them again on save.
export default async function NewActionPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  if (!viewer.delegation || !can(viewer, "actions.create")) notFound();
  const params = await searchParams;
  const [t, directory] = await Promise.all([getTranslator(), loadActionDirectory(viewer)]);
  const annotationId = first(params.annotationId);
  const note = annotationId ? await findNoteForNewAction(viewer, annotationId) : null;
  if (annotationId && !note) notFound();
  const theme = directory.theme(note?.themeId ?? first(params.themeId) ?? null);
  const meetingId = note?.meetingId ?? (theme ? directory.meetings.find((m) => m.themes.some((th) => th.id === theme.id))?.id : directory.meeting(first(params.meetingId) ?? null)?.id);
  const isObserver = viewer.delegation.group === "OBSERVER";
  const quote = note?.quote ? `> ${note.quote.replace(/\n/g, "\n> ")}\n\n` : "";
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-semibold">{t.t("actions.form.newHeading")}</h1>
      <ActionsViewsNav viewer={viewer} current="new" t={t} />
      {note ? (
        <section aria-labelledby="from-note-heading" className="rounded border border-line bg-surface p-3">
          <h2 id="from-note-heading" className="font-semibold">
            {t.t("actions.form.fromNote")}
          </h2>
          {note.quote ? (
            <blockquote lang={SEED_CONTENT_LANGUAGE} className="my-2 border-l-4 border-line pl-3 italic">
              {note.quote}
            </blockquote>
          ) : null}
          <RenderedMarkdown html={note.bodyHtml} className="text-sm" language={note.language} />
        </section>
      ) : null}
      <ActionForm
        mode="create"
        labels={actionFormLabels(t)}
        initial={{
          scope: !isObserver && note?.scope === "GROUP" ? "GROUP" : "DELEGATION",
          themeId: theme?.id,
          meetingId,
          annotationId: note?.id,
          description: quote,
          priority: "MEDIUM",
        }}
        meetings={directory.meetings}
        people={directory.people.filter((p) => p.assignable)}
        myDelegationId={viewer.delegation.id}
        scope={{
          kind: "choose",
          delegationLabel: t.t("actions.form.scopeDelegation", { delegation: viewer.delegation.name }),
          groupLabel: t.t("actions.form.scopeGroup", { group: t.t(`groups.${viewer.delegation.group}`) }),
          groupAllowed: !isObserver,
        }}
        cancelHref={theme ? `/meetings/${theme.meetingSlug}/themes/${encodeURIComponent(theme.code)}` : "/actions"}
      />
    </div>
  );
}
