import type { Translator } from "@/lib/i18n/translator";
import { SearchShortcut } from "./search-shortcut";

// The search box of every page: a plain GET form to /search (works without
// JavaScript); the shortcut "/" is the only script.
export function HeaderSearch({ t }: { t: Translator }) {
  return (
    <form role="search" method="get" action="/search" aria-label={t.t("search.header.label")} className="flex items-center gap-1">
      <label htmlFor="header-search" className="sr-only">
        {t.t("search.header.label")}
      </label>
      <input
        id="header-search"
        type="search"
        name="q"
        aria-keyshortcuts="/"
        placeholder={t.t("search.header.placeholder")}
        className="w-44 rounded border border-white/60 bg-white px-2 py-1 text-sm text-ink placeholder:text-muted sm:w-56"
      />
      <button type="submit" className="rounded border border-white/60 px-3 py-1 text-sm hover:bg-white/10">
        {t.t("search.header.submit")}
      </button>
      <SearchShortcut />
    </form>
  );
}
