import { Link } from "@/components/ui/link";
import type { Viewer } from "@/lib/auth/viewer";
import type { Translator } from "@/lib/i18n/translator";
import { can } from "@/lib/authz/permissions";

export type TActionsView = "mine" | "all" | "board" | "new" | "calendar" | "other";

const LINK = "rounded px-3 py-1.5 underline-offset-2 hover:underline aria-[current=page]:bg-brand aria-[current=page]:text-white";

// The views of the actions area. The current one is marked for assistive technology
// (aria-current) and visually (filled), not by colour alone: it is also bold.
export function ActionsViewsNav({ viewer, current, t }: { viewer: Viewer; current: TActionsView; t: Translator }) {
  const items: { view: TActionsView; href: string; label: string }[] = [
    { view: "mine", href: "/actions", label: t.t("actions.views.mine") },
    { view: "all", href: "/actions?assignee=any", label: t.t("actions.views.all") },
    { view: "board", href: "/actions/board", label: t.t("actions.views.board") },
    ...(can(viewer, "actions.create") ? [{ view: "new" as const, href: "/actions/new", label: t.t("actions.views.newAction") }] : []),
    { view: "calendar", href: "/actions/calendar", label: t.t("actions.views.calendar") },
  ];
  return (
    <nav aria-label={t.t("actions.views.label")}>
      <ul className="flex flex-wrap gap-2 border-b border-line pb-2">
        {items.map((item) => (
          <li key={item.view}>
            <Link
              href={item.href}
              aria-current={item.view === current ? "page" : undefined}
              className={`${LINK} ${item.view === current ? "font-semibold" : "text-brand"}`}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
