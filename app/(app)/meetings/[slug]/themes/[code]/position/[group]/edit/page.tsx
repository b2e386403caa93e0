import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslator } from "@/lib/i18n/server";
import { PositionEditor } from "@/components/positions/position-editor";
import { editorLabels } from "@/components/positions/labels";
import { savePositionAction, setEditingAction } from "@/lib/actions/positions";
import { listOtherEditors, PRESENCE_REFRESH_SECONDS } from "@/lib/dal/position-presence";
import { EditorsNow } from "@/components/positions/editors-now";
import { EditingPresence } from "@/components/positions/editing-presence";
import { positionHref } from "@/lib/positions/paths";
import { loadPosition, type TPositionParams } from "../load-position";
import { LiveWatch } from "@/components/live/live-watch";

type Props = { params: TPositionParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, code, group } = await params;
  const [t, loaded] = await Promise.all([getTranslator(), loadPosition(slug, code, group)]);
  if (!loaded) return {};
  return { title: t.t("positions.editor.title", { group: t.t(`groups.${loaded.position.group}`), theme: loaded.position.theme.code }) };
}

// The editor of my group's position. Only heads and delegates of the group, and only
// while it is a draft; for anyone else there is no editor (404).
export default async function PositionEditPage({ params }: Props) {
  const { slug, code, group } = await params;
  const [t, loaded] = await Promise.all([getTranslator(), loadPosition(slug, code, group)]);
  if (!loaded || !loaded.position.canEdit) notFound();
  const { viewer, position: p } = loaded;
  const editors = await listOtherEditors(viewer, p.theme.id, p.group);
  const back = positionHref(p.theme.meeting.slug, p.theme.code, p.group);
  return (
    <article className="grid gap-4">
      {/* Never refreshed under the person typing: told instead that a newer text
          exists; their save then meets the conflict view. */}
      <LiveWatch kinds={["position.saved", "position.presence"]} themeId={p.theme.id} announceOnly />
      {/* Tells the group's other members that this editor is open (issue 11). */}
      <EditingPresence action={setEditingAction.bind(null, p.theme.meeting.slug, p.theme.code)} refreshSeconds={PRESENCE_REFRESH_SECONDS} />
      <header className="grid gap-1">
        <p className="text-sm">
          <Link href={back} className="text-brand underline underline-offset-2 hover:text-brand-strong">
            {t.t("positions.editor.cancel")}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{t.t("positions.editor.title", { group: t.t(`groups.${p.group}`), theme: p.theme.code })}</h1>
        <p className="text-muted">{p.theme.title}</p>
      </header>
      <EditorsNow editors={editors} t={t} />
      <PositionEditor
        action={savePositionAction.bind(null, p.theme.meeting.slug, p.theme.code)}
        initial={{ baseRevision: p.revision, body: p.body }}
        labels={editorLabels(t)}
      />
    </article>
  );
}
