// First-load JavaScript per route, as a browser measures it: Debian's Chromium under
// Playwright, a fresh context (cold cache) per route, signed in with the session
// cookie, and the sum of the compressed body bytes of every script response until
// the network is idle — what the DevTools "transferred" column shows, minus headers.
import { chromium } from "@playwright/test";
import { ensureChromium } from "../lib/chromium.mjs";
import { onCleanup } from "./servers";

export type TScriptWeight = { scripts: number; compressedBytes: number; decodedBytes: number };

export async function measureFirstLoadJs(
  baseUrl: string,
  cookie: { name: string; value: string },
  paths: Record<string, string>,
): Promise<Record<string, TScriptWeight>> {
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
    // Playwright's own Ctrl-C handler exits the process at once, before the run's
    // cleanup could drop the database; the browser is closed by that cleanup instead.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  onCleanup("browser", () => browser.close());
  try {
    const out: Record<string, TScriptWeight> = {};
    for (const [key, path] of Object.entries(paths)) {
      const context = await browser.newContext();
      await context.addCookies([{ name: cookie.name, value: cookie.value, url: baseUrl }]);
      const page = await context.newPage();
      const pending: Promise<void>[] = [];
      // A script that finishes while the context closes is after the measured load.
      let closing = false;
      const weight: TScriptWeight = { scripts: 0, compressedBytes: 0, decodedBytes: 0 };
      page.on("requestfinished", (request) => {
        if (request.resourceType() !== "script") return;
        pending.push(
          (async () => {
            const sizes = await request.sizes();
            const body = await (await request.response())?.body();
            weight.scripts++;
            weight.compressedBytes += sizes.responseBodySize;
            weight.decodedBytes += body?.length ?? 0;
          })().catch((error: unknown) => {
            if (!closing) throw error;
          }),
        );
      });
      const response = await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle", timeout: 60_000 });
      if (response?.status() !== 200 || new URL(page.url()).pathname !== path.split("?")[0]) {
        throw new Error(`Browser load of ${path} ended at ${page.url()} (${response?.status()})`);
      }
      await Promise.all(pending);
      out[key] = { ...weight };
      closing = true;
      await context.close();
    }
    return out;
  } finally {
    await browser.close();
  }
}
