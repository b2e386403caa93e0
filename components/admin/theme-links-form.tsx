import type { Translator } from "@/lib/i18n/translator";
import type { TThemeLinksForAdmin } from "@/lib/services/theme-links";
import { setThemeLinksAction } from "@/lib/actions/admin-content";
import { Button } from "@/components/ui/button";

// Which roundtables of the High-level Dialogue a technical-meeting theme follows up:
// one checkbox each, saved together (lib/services/theme-links.ts audits the change).
export function ThemeLinksForm({ links, t }: { links: TThemeLinksForAdmin; t: Translator }) {
  return (
    <form action={setThemeLinksAction.bind(null, links.themeId)} className="grid max-w-2xl gap-3">
      <fieldset className="grid gap-2">
        <legend className="mb-1 text-lg font-semibold">{t.t("carry.admin.heading")}</legend>
        <p className="text-sm text-muted">{t.t("carry.admin.hint")}</p>
        {links.candidates.map((c) => (
          <label key={c.id} className="flex items-start gap-2">
            <input type="checkbox" name="sourceThemeId" value={c.id} defaultChecked={links.linked.includes(c.id)} className="mt-1" />
            <span>
              <span className="font-mono font-semibold">{c.code}</span> — {c.title}
            </span>
          </label>
        ))}
      </fieldset>
      <div>
        <Button type="submit">{t.t("carry.admin.save")}</Button>
      </div>
    </form>
  );
}
