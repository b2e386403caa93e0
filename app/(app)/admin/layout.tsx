import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CLIENT_MESSAGES } from "@/lib/i18n/client-messages";

// The administration forms are client components: they get their messages here, in
// the viewer's language only.
export default function AdminLayout({ children }: { children: ReactNode }) {
  return <ClientMessages paths={CLIENT_MESSAGES.admin}>{children}</ClientMessages>;
}
