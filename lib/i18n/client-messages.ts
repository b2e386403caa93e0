import "server-only";
// Which parts of a catalog client components need, and picking them out for one
// language. Kept as a short list of subtrees, so a component that starts using a new
// key fails visibly (the key itself is shown) in the tests of its page.
import { en, type Messages } from "./messages/en";
import { fr } from "./messages/fr";
import { es } from "./messages/es";
import type { TLocale } from "./locales";
import { lookup, type TCatalogTree } from "./translate";

const CATALOGS: Record<TLocale, Messages> = { en, fr, es };

export const CLIENT_MESSAGES = {
  /** app/error.tsx, under every page. */
  errors: ["errors.errorTitle", "errors.errorBody", "errors.retry"],
  /** The note composer, the frame of a note card, a note's and a reply's controls and forms. */
  annotations: [
    "annotations.composer",
    "annotations.note",
    "annotations.reply",
    "annotations.edit",
    "annotations.errors",
    "annotations.announce",
    "annotations.scopeBadge",
    "groups",
    "validation",
  ],
  /** Administration forms (secretariat, heads of delegation, invitations): their own
   *  strings, and the password policy's and the shared field rules' messages, which
   *  come back from the server as keys. */
  admin: ["admin", "password.errors", "validation"],
  /** The live updates island (components/live/), on every signed-in page. */
  live: ["live"],
} as const;

export type TClientMessagePath = (typeof CLIENT_MESSAGES)[keyof typeof CLIENT_MESSAGES][number];

export function pickMessages(locale: TLocale, paths: readonly TClientMessagePath[]): TCatalogTree {
  const out: TCatalogTree = {};
  for (const path of paths) {
    const parts = path.split(".");
    let node = out;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as TCatalogTree;
    node[parts.at(-1)!] = lookup(CATALOGS[locale], path) as TCatalogTree | string;
  }
  return out;
}
