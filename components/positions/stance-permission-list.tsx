import type { Translator } from "@/lib/i18n/translator";
import type { TStanceDelegate } from "@/lib/dal/stances";
import { setStancePermissionAction } from "@/lib/actions/stances";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";

// A head's control over which delegates of their delegation may record stances.
// One small form per person: the state as words, and a button that says what it does.
export function StancePermissionList({ delegates, t }: { delegates: TStanceDelegate[]; t: Translator }) {
  return (
    <section aria-labelledby="stance-permissions-heading" className="grid gap-2">
      <h2 id="stance-permissions-heading" className="text-lg font-semibold">
        {t.t("positions.permissions.heading")}
      </h2>
      <p className="max-w-prose text-sm">{t.t("positions.permissions.intro")}</p>
      {delegates.length === 0 ? (
        <p>{t.t("positions.permissions.none")}</p>
      ) : (
        <ul className="grid gap-2">
          {delegates.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 rounded border border-line p-3">
              <span className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{d.name}</span>
                <Badge tone={d.maySetStance ? "ok" : "neutral"}>
                  {d.maySetStance ? t.t("positions.permissions.allowed") : t.t("positions.permissions.notAllowed")}
                </Badge>
              </span>
              <form action={setStancePermissionAction}>
                <input type="hidden" name="userId" value={d.id} />
                <input type="hidden" name="allowed" value={d.maySetStance ? "false" : "true"} />
                <Button type="submit" variant="secondary">
                  {d.maySetStance ? t.t("positions.permissions.withdraw", { name: d.name }) : t.t("positions.permissions.allow", { name: d.name })}
                </Button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
