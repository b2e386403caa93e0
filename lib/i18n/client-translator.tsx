"use client";
// The browser's translator. The server puts the part of the viewer's catalog that
// client components need into this context (components/i18n/client-messages.tsx);
// nested providers add to what an outer one gave. Nothing here imports a catalog, so
// the client bundle carries no language at all, and the page only the one it shows.
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { TLocale } from "./locales";
import type { Translator } from "./translator";
import { translatorFor, type TCatalogTree } from "./translate";

type TClientMessages = { locale: TLocale; messages: TCatalogTree };

const MessagesContext = createContext<TClientMessages | null>(null);

function merge(a: TCatalogTree, b: TCatalogTree): TCatalogTree {
  const out: TCatalogTree = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const current = out[key];
    out[key] = typeof value === "object" && typeof current === "object" ? merge(current, value) : value;
  }
  return out;
}

export function ClientMessagesProvider({ locale, messages, children }: TClientMessages & { children: ReactNode }) {
  const outer = useContext(MessagesContext);
  const value = useMemo(() => ({ locale, messages: outer ? merge(outer.messages, messages) : messages }), [outer, locale, messages]);
  return <MessagesContext.Provider value={value}>{children}</MessagesContext.Provider>;
}

/** The translator of client components, over the messages the server sent. */
export function useTranslator(): Translator {
  const context = useContext(MessagesContext);
  if (!context) throw new Error("useTranslator outside <ClientMessages>");
  return useMemo(() => translatorFor(context.locale, context.messages) as Translator, [context]);
}
