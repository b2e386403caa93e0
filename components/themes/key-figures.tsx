import type { TThemeDetail } from "@/lib/dal/meetings";
import type { Translator } from "@/lib/i18n/translator";

export function KeyFigures({ figures, t }: { figures: TThemeDetail["keyFigures"]; t: Translator }) {
  return (
    <>
      <p className="mb-2 text-sm text-muted">{t.t("theme.keyFiguresIntro")}</p>
      <ul className="grid gap-3">
        {figures.map((k) => (
          <li key={k.position} className="rounded border border-line bg-surface p-3">
            <p>{k.figure}</p>
            {k.note ? (
              <details className="mt-1 text-sm text-muted">
                <summary className="cursor-pointer">{t.t("theme.sourceNote", { number: k.note.number })}</summary>
                <p className="mt-1 break-words">{k.note.text}</p>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
