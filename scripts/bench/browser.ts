// Debian's Chromium for the benchmark's browser steps (signing in, first-load JS),
// launched the same way for both. Playwright's own signal handlers are off: they would
// exit the process at once on Ctrl-C, before the run's cleanup could drop the database;
// callers close the browser themselves or through that cleanup.
import { chromium, type Browser } from "@playwright/test";
import { ensureChromium } from "../lib/chromium.mjs";

export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: ensureChromium(),
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}
