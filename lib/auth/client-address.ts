// The client's address for throttling. Behind a load balancer the first hop of
// X-Forwarded-For is the client; the balancer must overwrite, not append to, a
// client-supplied header (see README, "Deploying").
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "unknown";
}
