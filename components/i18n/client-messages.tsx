import type { ReactNode } from "react";
import { getLocale } from "@/lib/i18n/server";
import { pickMessages, type TClientMessagePath } from "@/lib/i18n/client-messages";
import { ClientMessagesProvider } from "@/lib/i18n/client-translator";

// Sends the client components below it the messages they use, in the viewer's
// language only (issue 9: one client chunk used to carry all three catalogs).
export async function ClientMessages({ paths, children }: { paths: readonly TClientMessagePath[]; children: ReactNode }) {
  const locale = await getLocale();
  return (
    <ClientMessagesProvider locale={locale} messages={pickMessages(locale, paths)}>
      {children}
    </ClientMessagesProvider>
  );
}
