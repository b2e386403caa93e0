"use client";
import { useTranslator } from "@/lib/i18n/client-translator";

// Users see a friendly message and a reference (Next's error digest, which the
// server log carries with the details); never the error itself.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // The messages come from the root layout, in the page's language.
  const t = useTranslator();
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
