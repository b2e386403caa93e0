import { Link } from "@/components/ui/link";
import type { Viewer } from "@/lib/auth/viewer";
import type { MessageKey, Translator } from "@/lib/i18n/translator";
import { signOutAction } from "@/lib/actions/auth";
import { LanguageSwitcher } from "./language-switcher";
import { WorkspaceDateBanner } from "./workspace-date-banner";
import { HeaderSearch } from "@/components/search/header-search";

const NAV_ITEMS: { href: string; label: MessageKey; shownTo: (viewer: Viewer) => boolean }[] = [
  { href: "/", label: "nav.home", shownTo: () => true },
  { href: "/dashboard", label: "dashboard.navLabel", shownTo: () => true },
  // The secretariat has no delegation, so no actions of its own.
  { href: "/actions", label: "actions.navLabel", shownTo: (v) => v.delegation !== null },
  { href: "/positions", label: "positions.navLabel", shownTo: () => true },
  { href: "/people", label: "people.navLabel", shownTo: () => true },
  { href: "/delegation", label: "admin.myDelegation", shownTo: (v) => v.role === "HEAD_OF_DELEGATION" },
  { href: "/admin", label: "admin.navLabel", shownTo: (v) => v.role === "SECRETARIAT" },
  { href: "/admin/audit", label: "admin.audit", shownTo: (v) => v.role === "HEAD_OF_DELEGATION" },
];

// Always says whom the person acts for: "Delegation — person" and the group, since
// everything they write is shown under that name. Not printed: a printed page (the
// briefing pack above all) is about its content.
export function AppHeader({
  viewer,
  t,
  unreadCount,
  workspaceDate,
}: {
  viewer: Viewer;
  t: Translator;
  unreadCount: number;
  workspaceDate: string | null;
}) {
  const actingAs = viewer.delegation
    ? t.t("header.actingAs", { delegation: viewer.delegation.name, person: viewer.name })
    : t.t("header.actingAs", { delegation: t.t("header.secretariat"), person: viewer.name });
  return (
    <header className="bg-brand text-white print:hidden">
      <WorkspaceDateBanner date={workspaceDate} t={t} />
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-white">
          {t.t("app.name")}
        </Link>
        <HeaderSearch t={t} />
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
        <ul className="mx-auto flex max-w-6xl gap-4 px-4 py-2 text-sm">
          {NAV_ITEMS.filter((item) => item.shownTo(viewer)).map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="text-white underline-offset-2 hover:underline">
                {t.t(item.label)}
              </Link>
            </li>
          ))}
          <li className="ml-auto">
            <Link href="/account" className="text-white underline-offset-2 hover:underline">
              {t.t("account.navLabel")}
            </Link>
          </li>
          <li>
            <Link href="/notifications" className="text-white underline-offset-2 hover:underline">
              {t.t("notifications.navLabel")}
              {unreadCount > 0 ? (
                <span className="ml-1 rounded bg-white px-1.5 text-brand-strong">
                  {t.plural("notifications.unread", unreadCount)}
                </span>
              ) : null}
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
