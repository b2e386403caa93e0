// Per page, without load: that the signed-in viewer gets the page (200, not the
// sign-in form), how many bytes it weighs, and how many database round trips one
// view costs (sequential views after a warm-up, counted on the wire).
import { gzipSync } from "node:zlib";
import type { TCountingRelay } from "./round-trips";

/** A GET that retries once on a network error: the server may close an idle keep-alive
 *  socket just as the client reuses it. */
async function get(url: string, cookie: string): Promise<Response> {
  try {
    return await fetch(url, { headers: { cookie }, redirect: "manual" });
  } catch {
    return fetch(url, { headers: { cookie }, redirect: "manual" });
  }
}

export type TPageCheck = { status: number; htmlBytes: number; gzipBytes: number; roundTrips: number };

export async function checkPage(url: string, cookie: string, expect: string | null): Promise<{ status: number; htmlBytes: number; gzipBytes: number }> {
  const response = await get(url, cookie);
  const html = await response.text();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status} for the signed-in viewer`);
  if (expect && !html.includes(expect)) throw new Error(`${url} does not contain "${expect}": not the page the benchmark means to measure`);
  const bytes = Buffer.byteLength(html);
  return { status: response.status, htmlBytes: bytes, gzipBytes: gzipSync(html).length };
}

export async function countRoundTrips(url: string, cookie: string, relay: TCountingRelay, views: number): Promise<number> {
  const view = async () => {
    const response = await get(url, cookie);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status} while counting round trips`);
  };
  for (let i = 0; i < 2; i++) await view();
  // Let anything the warm-up left running (deferred writes, pool connects) finish.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const before = relay.count();
  for (let i = 0; i < views; i++) await view();
  await new Promise((resolve) => setTimeout(resolve, 300));
  return (relay.count() - before) / views;
}
