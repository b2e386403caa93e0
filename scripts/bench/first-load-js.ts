// First-load JavaScript per route, as a browser measures it: Debian's Chromium under
// Playwright, a fresh context (cold cache) per route, signed in with the session
// cookie, and, once the network is idle, the sum of the compressed body sizes of every
// JavaScript file in the page's Resource Timing entries (encodedBodySize: what the
// DevTools "transferred" column shows, minus headers). Also counts what the view asked
// the server to render: the document and every later GET of page data (prefetches of
// linked pages, refetches), not files or the live stream, once the network is idle.
import { launchBenchBrowser } from "./browser";
import { onCleanup } from "./servers";

export type TScriptWeight = {
  scripts: number;
  compressedBytes: number;
  decodedBytes: number;
  /** Pages the app renders for one view in a browser (the document counts 1). */
  serverRequests?: number;
};

/** A page the app renders: a GET of the document or of page data (not a file, not the live stream). */
const rendered = (method: string, url: string, type: string, baseUrl: string) => method === "GET" && url.startsWith(baseUrl) && (type === "document" || type === "fetch") && !url.includes("/api/live");

export async function measureFirstLoadJs(
  baseUrl: string,
  cookie: { name: string; value: string },
  paths: Record<string, string>,
): Promise<Record<string, TScriptWeight>> {
  const browser = await launchBenchBrowser();
  onCleanup("browser", () => browser.close());
  try {
    const out: Record<string, TScriptWeight> = {};
    for (const [key, path] of Object.entries(paths)) {
      const context = await browser.newContext();
      await context.addCookies([{ name: cookie.name, value: cookie.value, url: baseUrl }]);
      // The live event stream stays open as long as the page (it is not JavaScript):
      // refused here, or the network would never be idle.
      await context.route("**/api/live", (route) => route.abort());
      const page = await context.newPage();
      let serverRequests = 0;
      page.on("request", (request) => {
        if (rendered(request.method(), request.url(), request.resourceType(), baseUrl)) serverRequests++;
      });
      const response = await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle", timeout: 60_000 });
      if (response?.status() !== 200 || new URL(page.url()).pathname !== path.split("?")[0]) {
        throw new Error(`Browser load of ${path} ended at ${page.url()} (${response?.status()})`);
      }
      // The browser's own record of what it fetched (Resource Timing, same origin):
      // every JavaScript file, whether a <script>, a preload or a chunk loaded later.
      const weight = await page.evaluate(() => {
        const scripts = performance
          .getEntriesByType("resource")
          .filter((e): e is PerformanceResourceTiming => /\.m?js$/.test(new URL(e.name).pathname));
        return {
          scripts: scripts.length,
          compressedBytes: scripts.reduce((n, e) => n + e.encodedBodySize, 0),
          decodedBytes: scripts.reduce((n, e) => n + e.decodedBodySize, 0),
        };
      });
      out[key] = { ...weight, serverRequests };
      await context.close();
    }
    return out;
  } finally {
    await browser.close();
  }
}
