import type { ReactNode } from "react";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { AppHeader } from "@/components/layout/app-header";
import { countUnreadNotifications } from "@/lib/dal/notifications";
import { pinnedWorkspaceDate } from "@/lib/time/workspace-date";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CLIENT_MESSAGES } from "@/lib/i18n/client-messages";
import { LiveUpdates } from "@/components/live/live-updates";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  const [t, unreadCount] = await Promise.all([getTranslator(), countUnreadNotifications(viewer)]);
  // A server component renders once per request: reading the clock here is meant
  // (the purity rule is written for client components that re-render).
  // eslint-disable-next-line react-hooks/purity
  const pageReadAt = Date.now();
  // LiveUpdates holds the tab's one event stream; pages say what they show (LiveWatch).
  // `since`: when this page was read, so the stream it opens replays what was
  // committed while the page was on its way.
  return (
    <ClientMessages paths={CLIENT_MESSAGES.live}>
      <LiveUpdates since={pageReadAt}>
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2 print:hidden"
        >
          {t.t("app.skipToContent")}
        </a>
        <AppHeader viewer={viewer} t={t} unreadCount={unreadCount} workspaceDate={pinnedWorkspaceDate()} />
        <main id="main" className="mx-auto max-w-6xl px-4 py-6 print:max-w-none print:p-0">
          {children}
        </main>
      </LiveUpdates>
    </ClientMessages>
  );
}
