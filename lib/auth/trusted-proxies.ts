// TRUSTED_PROXIES: which hops in front of the app may be believed about the client's
// address. Unset (or "0", "none") means none: the app is reached directly. A number N
// means "N proxies, each appending to X-Forwarded-For". A comma-separated list of
// addresses or CIDR ranges means "believe exactly these".
import { BlockList, isIP } from "node:net";

export type TTrustedProxies = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "ranges"; list: BlockList; text: string };

export function parseTrustedProxies(value: string | undefined): TTrustedProxies | { error: string } {
  const text = (value ?? "").trim();
  if (text === "" || text === "0" || text.toLowerCase() === "none") return { kind: "none" };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops <= 10 ? { kind: "hops", hops } : { error: "TRUSTED_PROXIES: at most 10 hops" };
  }
  const list = new BlockList();
  for (const entry of text.split(",").map((e) => e.trim())) {
    const [address = "", prefix] = entry.split("/");
    const family = isIP(address);
    if (family === 0) return { error: `TRUSTED_PROXIES: "${entry}" is neither a number of hops nor an address or CIDR range` };
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const bits = Number(prefix);
    if (!/^\d+$/.test(prefix) || bits > (family === 4 ? 32 : 128)) return { error: `TRUSTED_PROXIES: bad prefix in "${entry}"` };
    list.addSubnet(address, bits, type);
  }
  return { kind: "ranges", list, text };
}

/** "::ffff:203.0.113.9" (an IPv4 peer on a dual-stack socket) → "203.0.113.9". */
export function normaliseAddress(raw: string): string {
  const address = raw.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

function isTrusted(address: string, trusted: TTrustedProxies): boolean {
  if (trusted.kind !== "ranges") return false;
  const family = isIP(address);
  return family !== 0 && trusted.list.check(address, family === 4 ? "ipv4" : "ipv6");
}

/**
 * The client, from an X-Forwarded-For whose right-most entry our own server appended
 * (scripts/serve.mjs): skip the trusted hops from the right; the next entry is the
 * first address no trusted party vouches for. Entries further left are the client's
 * own words and never used. A value that is not an address reads as "unknown".
 */
export function pickClientAddress(forwardedFor: string | null, trusted: TTrustedProxies): string {
  const entries = (forwardedFor ?? "").split(",").map(normaliseAddress).filter(Boolean);
  if (entries.length === 0) return "unknown";
  let index = entries.length - 1;
  if (trusted.kind === "hops") index = Math.max(0, index - trusted.hops);
  if (trusted.kind === "ranges") while (index > 0 && isTrusted(entries[index]!, trusted)) index--;
  const address = entries[index]!;
  return isIP(address) ? address : "unknown";
}
