import { expect, type Page } from "@playwright/test";

// The tab's live event stream (issue 11), as tests need to hold it.

/** Waits until the page's event stream is held, so a change is timed from when the page listens. */
export async function streamHeld(page: Page): Promise<void> {
  await expect(page.getByRole("log")).toHaveAttribute("data-stream", "open");
}

/**
 * A tab that stays as it was loaded: its event stream connects to nothing and never
 * fails, as behind a proxy that holds the request and buffers everything. (A stream
 * that fails instead makes the page refresh when the tab regains focus, which is the
 * fallback working, and no longer a page "loaded before".) Call before the first goto.
 */
export async function freezeLiveUpdates(page: Page): Promise<void> {
  await page.addInitScript(() => {
    class SilentEventSource extends EventTarget {
      readonly readyState = 0;
      constructor(readonly url: string) {
        super();
      }
      close() {}
    }
    Object.defineProperty(window, "EventSource", { value: SilentEventSource, configurable: true, writable: true });
  });
}

/**
 * Everything the page's live region says from now on, in order. The region holds only
 * the latest message, and other tests' writes (a notification for the same person)
 * may follow the one a test waits for; a screen reader has heard both.
 */
export async function recordAnnouncements(page: Page): Promise<() => Promise<string[]>> {
  await page.getByRole("log").evaluate((log) => {
    const heard: string[] = [];
    (window as unknown as { __announced: string[] }).__announced = heard;
    new MutationObserver(() => {
      const text = log.textContent ?? "";
      if (text) heard.push(text);
    }).observe(log, { childList: true, subtree: true, characterData: true });
  });
  return () => page.evaluate(() => [...((window as unknown as { __announced?: string[] }).__announced ?? [])]);
}
