"use client";
import { useEffect } from "react";

// "/" moves to the search box, as on GitHub or MDN — the page's own box on the search
// page, else the header's — unless the person is typing in a field, where "/" is text.
// The box announces the key with aria-keyshortcuts.
export function SearchShortcut() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      const box = (document.getElementById("search-q") ?? document.getElementById("header-search")) as HTMLInputElement | null;
      if (!box) return;
      event.preventDefault();
      box.focus();
      box.select();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
  return null;
}
