import "server-only";
// The client's address, for sign-in throttling and the audit log alike. It comes from
// configuration, never from what the client says: see lib/auth/trusted-proxies.ts for
// the rule and README "On a production database" for deployment.
import { env } from "@/lib/env";
import { pickClientAddress } from "./trusted-proxies";

let warned = false;

export function clientAddress(headers: Headers): string {
  if (!process.env.CLIENT_ADDRESS_APPENDED && !warned) {
    // Under plain `next start` / `next dev` the right-most X-Forwarded-For entry may be
    // the client's own: throttling by address can then be dodged.
    warned = true;
    console.warn("[auth] Not served by scripts/serve.mjs: client addresses are not trustworthy. Use `npm start`.");
  }
  return pickClientAddress(headers.get("x-forwarded-for"), env().TRUSTED_PROXIES);
}
