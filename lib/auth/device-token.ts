// Device tokens (OWASP's "device cookie" against slow brute force): a browser that has
// signed in to an account receives a token for it, so failures made elsewhere do not
// block it (lib/auth/throttle.ts). The cookie holds up to five `token~signature`
// pairs, one per account recently signed in to from this browser. The signature (HMAC
// with AUTH_SECRET) lets forged values be dropped before any query; the database holds
// only sha256(token), and a row can be revoked (password change) or expire.
import { createHmac, timingSafeEqual } from "node:crypto";
import { createSecretToken, hashToken } from "./tokens";

export const DEVICE_COOKIE = "dw-device";
export const DEVICE_TOKEN_DAYS = 180;
const MAX_TOKENS_PER_BROWSER = 5;
const MAX_COOKIE_LENGTH = 2048;

function sign(token: string, secret: string): string {
  return createHmac("sha256", secret).update(`device:${token}`).digest("base64url");
}

/** The tokens of a cookie value whose signatures hold, newest first. */
export function readDeviceTokens(cookieValue: string | undefined, secret: string): string[] {
  if (!cookieValue || cookieValue.length > MAX_COOKIE_LENGTH) return [];
  const tokens: string[] = [];
  for (const pair of cookieValue.split(".").slice(0, MAX_TOKENS_PER_BROWSER)) {
    const [token = "", signature = ""] = pair.split("~");
    const expected = Buffer.from(sign(token, secret));
    const given = Buffer.from(signature);
    if (token && given.length === expected.length && timingSafeEqual(given, expected)) tokens.push(token);
  }
  return tokens;
}

/** A new token for this browser, kept in front of the ones it already holds. */
export function issueDeviceToken(existing: string[], secret: string): { tokenHash: string; cookieValue: string } {
  const { token, tokenHash } = createSecretToken();
  const kept = [token, ...existing.filter((t) => t !== token)].slice(0, MAX_TOKENS_PER_BROWSER);
  return { tokenHash, cookieValue: kept.map((t) => `${t}~${sign(t, secret)}`).join(".") };
}

export const deviceTokenHashes = (tokens: string[]) => tokens.map(hashToken);

/** Reads one cookie from a raw Cookie header (next-auth hands authorize a Request). */
export function cookieFromHeader(header: string | null, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}
