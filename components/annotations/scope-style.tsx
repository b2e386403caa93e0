import type { Scope } from "@/lib/generated/prisma/enums";

// How each scope looks in the text and the panel. Colour is never the only cue: each
// scope also has its own underline pattern and icon, and every badge carries text.

// The classes are defined in app/globals.css: a theme page repeats them on every
// highlight and note, so each copy carries short names.
export const HIGHLIGHT_CLASS: Record<Scope, string> = {
  DELEGATION: "hl hl-delegation",
  GROUP: "hl hl-group",
  ALL: "hl hl-all",
};

/** A scope badge, complete (shape and colours). */
export const BADGE_CLASS: Record<Scope, string> = {
  DELEGATION: "scope-badge scope-delegation",
  GROUP: "scope-badge scope-group",
  ALL: "scope-badge scope-all",
};

/** A small pictogram per scope: lock (delegation), people (group), globe (all). */
export function ScopeIcon({ scope, className = "inline-block h-3.5 w-3.5 align-[-2px]" }: { scope: Scope; className?: string }) {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" className={className} fill="none" stroke="currentColor" strokeWidth="1.6">
      {scope === "DELEGATION" ? (
        <>
          <rect x="3" y="7" width="10" height="7" rx="1" />
          <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" />
        </>
      ) : scope === "GROUP" ? (
        <>
          <circle cx="5.5" cy="5.5" r="2" />
          <circle cx="11" cy="5.5" r="2" />
          <path d="M1.5 14c0-2.5 1.8-4 4-4s4 1.5 4 4M8.5 11c.6-.6 1.5-1 2.5-1 2.2 0 3.5 1.5 3.5 4" />
        </>
      ) : (
        <>
          <circle cx="8" cy="8" r="6" />
          <path d="M2 8h12M8 2c2 2 2 10 0 12M8 2c-2 2-2 10 0 12" />
        </>
      )}
    </svg>
  );
}
