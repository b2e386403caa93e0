import type { Translator } from "@/lib/i18n/translator";

// Says, on every page, that the calendar is pinned to a day of the demo's story
// (WORKSPACE_DATE): "12 days left" and "overdue" are counted from that day, not today.
// Rendered inside the page's header, so it sits in the banner landmark.
export function WorkspaceDateBanner({ date, t }: { date: string | null; t: Translator }) {
  if (!date) return null;
  // Day, month, year in every language ("16 September 2013"), as the ILO writes dates.
  const shown = new Intl.DateTimeFormat(t.locale === "en" ? "en-GB" : t.locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );
  return (
    <div className="bg-[#fdecc8] text-ink" data-testid="workspace-date-banner">
      <p className="mx-auto max-w-6xl px-4 py-1.5 text-sm">
        <strong className="font-semibold">{t.t("app.workspaceDate.banner", { date: shown })}</strong>{" "}
        <span>{t.t("app.workspaceDate.explanation")}</span>
      </p>
    </div>
  );
}
