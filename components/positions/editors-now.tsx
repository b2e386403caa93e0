import type { Translator } from "@/lib/i18n/translator";
import type { TEditorNow } from "@/lib/dal/position-presence";
import { Seeded } from "@/components/i18n/with-parts";

// Who else of the group has this position's editor open now (issue 11), on the
// position's page and in the editor itself: enough to call a colleague before two
// drafts cross. Nothing when nobody else is there.
export function EditorsNow({ editors, t }: { editors: TEditorNow[]; t: Translator }) {
  if (editors.length === 0) return null;
  return (
    <section aria-labelledby="editors-now-heading" className="rounded border border-line bg-surface p-3 text-sm" data-testid="editors-now">
      <h2 id="editors-now-heading" className="font-semibold">
        {t.t("positions.editor.editingNow")}
      </h2>
      <ul className="mt-1 grid gap-0.5">
        {editors.map((e, i) => (
          <li key={i}>
            {e.name}
            {e.delegation ? (
              <>
                {" ("}
                <Seeded>{e.delegation}</Seeded>
                {")"}
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
