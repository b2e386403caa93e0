import type { TThemeDetail } from "@/lib/dal/meetings";
import type { Translator } from "@/lib/i18n/translator";

// Paragraph ids are stable anchors (#p1, #p2 …) that later features (annotations)
// link to.
export function ThemeBackground({ paragraphs, t }: { paragraphs: TThemeDetail["paragraphs"]; t: Translator }) {
  if (paragraphs.length === 0) return <p>{t.t("theme.noBackground")}</p>;
  return (
    <div className="grid max-w-prose gap-4 leading-relaxed">
      {paragraphs.map((p) => (
        <p key={p.id} id={`p${p.position}`} data-paragraph={p.position}>
          <span className="sr-only">{t.t("theme.paragraph", { number: p.position })}: </span>
          {p.text}
        </p>
      ))}
    </div>
  );
}
