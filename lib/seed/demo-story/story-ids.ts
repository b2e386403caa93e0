// Ids of the demo's rows, derived from their keys: the same story gives the same ids
// on every database, so the seed is deterministic and finds its own rows again.
import { createHash } from "node:crypto";

/** A UUID-shaped id (version 4 layout, so every validator accepts it) from a key. */
export function storyId(kind: string, key: string): string {
  const hex = createHash("sha256").update(`delegate-workspace demo story:${kind}:${key}`).digest("hex");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
