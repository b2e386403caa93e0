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

const ICON_CLASS: Record<Scope, string> = {
  DELEGATION: "scope-icon scope-icon-delegation",
  GROUP: "scope-icon scope-icon-group",
  ALL: "scope-icon scope-icon-all",
};

/** A small pictogram per scope: lock (delegation), people (group), globe (all), drawn
 *  by app/globals.css; `small` for inside a highlight. */
export function ScopeIcon({ scope, small = false }: { scope: Scope; small?: boolean }) {
  return <span aria-hidden="true" className={small ? `${ICON_CLASS[scope]} scope-icon-sm` : ICON_CLASS[scope]} />;
}
