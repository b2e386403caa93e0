import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { listNotificationsForViewer } from "@/lib/dal/notifications";
import { markAllNotificationsReadAction } from "@/lib/actions/notifications";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("notifications.title") };
}

type TPayload = { key?: string; values?: Record<string, string | number> };

export default async function NotificationsPage() {
  const viewer = await requireViewer();
  const [t, notifications] = await Promise.all([getTranslator(), listNotificationsForViewer(viewer)]);
  const time = new Intl.DateTimeFormat(t.locale, { dateStyle: "medium", timeStyle: "short" });
  const unread = notifications.filter((n) => !n.readAt).length;
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t.t("notifications.title")}</h1>
        {unread > 0 ? (
          <form action={markAllNotificationsReadAction}>
            <Button type="submit" variant="secondary">
              {t.t("notifications.markAllRead")}
            </Button>
          </form>
        ) : null}
      </div>
      {notifications.length === 0 ? (
        <p>{t.t("notifications.empty")}</p>
      ) : (
        <ul className="grid gap-2">
          {notifications.map((n) => {
            const payload = (n.payload ?? {}) as TPayload;
            return (
              <li key={n.id} className="rounded border border-line p-3">
                <div className="flex flex-wrap items-center gap-2">
                  {!n.readAt ? <Badge tone="brand">{t.t("notifications.new")}</Badge> : null}
                  <Link href={n.href} className="text-brand underline-offset-2 hover:underline">
                    {t.tKnown(payload.key ?? "", "notifications.title", payload.values)}
                  </Link>
                </div>
                <p className="text-sm text-muted">
                  <time dateTime={n.createdAt.toISOString()}>{time.format(n.createdAt)}</time>
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
