import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CLIENT_MESSAGES } from "@/lib/i18n/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: { default: t.t("app.name"), template: `%s · ${t.t("app.name")}` }, description: t.t("app.tagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans antialiased">
        <ClientMessages paths={CLIENT_MESSAGES.errors}>{children}</ClientMessages>
      </body>
    </html>
  );
}
