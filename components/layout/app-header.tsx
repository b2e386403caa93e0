import Link from "next/link";
import type { Viewer } from "@/lib/auth/viewer";
import type { Translator } from "@/lib/i18n/translator";
import { signOutAction } from "@/lib/actions/auth";
import { LanguageSwitcher } from "./language-switcher";

// Always says whom the person acts for: "Delegation — person" and the group, since
// everything they write is shown under that name.
export function AppHeader({ viewer, t }: { viewer: Viewer; t: Translator }) {
  const actingAs = viewer.delegation
    ? t.t("header.actingAs", { delegation: viewer.delegation.name, person: viewer.name })
    : t.t("header.actingAs", { delegation: t.t("header.secretariat"), person: viewer.name });
  return (
    <header className="bg-brand text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-white">
          {t.t("app.name")}
        </Link>
        <div className="flex flex-wrap items-center gap-4">
          <div className="text-sm" data-testid="acting-as">
            <span className="sr-only">{t.t("nav.account")} </span>
            <span className="font-medium">{actingAs}</span>
            {viewer.delegation ? (
              <span className="ml-2 rounded bg-white/15 px-2 py-0.5">
                {t.t("header.group", { group: t.t(`groups.${viewer.delegation.group}`) })}
              </span>
            ) : null}
          </div>
          <LanguageSwitcher t={t} />
          <form action={signOutAction}>
            <button type="submit" className="rounded border border-white/60 px-3 py-1 text-sm hover:bg-white/10">
              {t.t("nav.signOut")}
            </button>
          </form>
        </div>
      </div>
      <nav aria-label={t.t("app.mainNavigation")} className="bg-brand-strong">
        <ul className="mx-auto flex max-w-5xl gap-4 px-4 py-2 text-sm">
          <li>
            <Link href="/" className="text-white underline-offset-2 hover:underline">
              {t.t("nav.home")}
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
