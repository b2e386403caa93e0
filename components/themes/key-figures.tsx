import type { TThemeDetail } from "@/lib/dal/meetings";
import type { Translator } from "@/lib/i18n/translator";
import { SEED_CONTENT_LANGUAGE } from "@/lib/i18n/content-language";

// The paper's key figures; `intro` says where they come from (the paper is about the
// High-level Dialogue, so a technical-meeting theme says so in its own words).
export function KeyFigures({ figures, intro, t }: { figures: TThemeDetail["keyFigures"]; intro: string; t: Translator }) {
  return (
    <>
      <p className="mb-2 text-sm text-muted">{intro}</p>
      <ul className="grid gap-3">
        {figures.map((k) => (
          <li key={k.position} className="rounded border border-line bg-surface p-3">
            <p lang={SEED_CONTENT_LANGUAGE}>{k.figure}</p>
            {k.note ? (
              <details className="mt-1 text-sm text-muted">
                <summary className="cursor-pointer">{t.t("theme.sourceNote", { number: k.note.number })}</summary>
                <p lang={SEED_CONTENT_LANGUAGE} className="mt-1 break-words">
                  {k.note.text}
                </p>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
