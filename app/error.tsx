"use client";
import { useSyncExternalStore } from "react";
import { createTranslator } from "@/lib/i18n/translator";
import { isLocale, DEFAULT_LOCALE } from "@/lib/i18n/locales";

// Users see a friendly message and a reference (Next's error digest, which the
// server log carries with the details); never the error itself.
const noSubscription = () => () => {};

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // The page's language is on <html lang>, set by the root layout on the server.
  const lang = useSyncExternalStore(noSubscription, () => document.documentElement.lang, () => DEFAULT_LOCALE);
  const t = createTranslator(isLocale(lang) ? lang : DEFAULT_LOCALE);
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="mb-2 text-2xl font-semibold">{t.t("errors.errorTitle")}</h1>
      <p>{t.t("errors.errorBody")}</p>
      <p className="my-3 font-mono">{error.digest ?? "—"}</p>
      <button type="button" onClick={reset} className="rounded bg-brand px-4 py-2 text-white">
        {t.t("errors.retry")}
      </button>
    </main>
  );
}
