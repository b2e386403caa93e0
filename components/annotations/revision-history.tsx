import type { Translator } from "@/lib/i18n/translator";
import type { TRevisionView } from "@/lib/annotations/types";
import { RenderedMarkdown } from "@/components/ui/rendered-markdown";
import { dateTimeFormat } from "@/lib/i18n/date-format";

// Earlier versions of an edited note or reply, newest first (soft history: nothing a
// person wrote is lost by editing).
export function RevisionHistory({ t, revisions }: { t: Translator; revisions: TRevisionView[] }) {
  const time = dateTimeFormat(t.locale, { dateStyle: "medium", timeStyle: "short" });
  return (
    <details className="rounded border border-line p-2 text-sm">
      <summary className="cursor-pointer font-medium">{t.t("annotations.note.history")}</summary>
      <ol className="mt-2 grid gap-2">
        {revisions.map((revision) => (
          <li key={revision.id} className="grid gap-1 border-l-4 border-line pl-2">
            <span className="text-muted">
              {t.t("annotations.note.historyEntry", { date: time.format(new Date(revision.createdAt)) })}
            </span>
            <RenderedMarkdown html={revision.bodyHtml} />
          </li>
        ))}
      </ol>
    </details>
  );
}
