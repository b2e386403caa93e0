import type { ReactNode } from "react";
import type { Translator } from "@/lib/i18n/translator";
import { pinnedWorkspaceDate } from "@/lib/time/workspace-date";
import { LanguageSwitcher } from "./language-switcher";
import { WorkspaceDateBanner } from "./workspace-date-banner";

// The frame of the pages seen before signing in (sign-in, invitation): the product's
// name, the language switcher, the demo's date if one is set, and one centred card.
export function PublicShell({ t, children }: { t: Translator; children: ReactNode }) {
  return (
    <div className="min-h-screen bg-surface">
      <header className="bg-brand text-white">
        <WorkspaceDateBanner date={pinnedWorkspaceDate()} t={t} />
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-3 px-4 py-3">
          <p className="text-lg font-semibold">{t.t("app.name")}</p>
          <LanguageSwitcher t={t} />
        </div>
      </header>
      <main id="main" className="mx-auto mt-10 grid max-w-md gap-3 rounded border border-line bg-white p-6 shadow-sm">
        {children}
      </main>
    </div>
  );
}
