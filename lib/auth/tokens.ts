// Secret tokens for links (invitations, calendar feeds): 32 random bytes, URL-safe.
// Only their sha256 is stored, so a leaked database does not leak working links.
import { createHash, randomBytes } from "node:crypto";

export function createSecretToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
