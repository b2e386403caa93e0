import { expect, test, type Page, type Request } from "@playwright/test";
import { ACCOUNTS } from "../support/accounts";
import { signIn } from "../support/sign-in";
import { freezeLiveUpdates } from "../support/live";

// A page view costs the server one render (issue 9): links are fetched when followed,
// never ahead (components/ui/link.tsx). Next's default prefetched every link in view,
// which made each view of the actions list, the dashboard or a theme page cost 20–35
// more renders. A followed link still navigates on the client, in one request.

/**
 * Until the browser has nothing left to do: Next starts a link's prefetch from an
 * IntersectionObserver callback once the page is hydrated, so by the second frame
 * after load and the idle period after it, any prefetch has been sent (a request is
 * recorded when sent, not when answered).
 */
async function settled(page: Page) {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(() => resolve())))),
  );
}

/** The pages the app renders: GETs of documents and page data, not files, the live stream or a
 *  page's own writes (marking notes seen is a POST). */
function renderedRequests(page: Page, baseURL: string): string[] {
  const asked: string[] = [];
  page.on("request", (request: Request) => {
    const type = request.resourceType();
    if (request.method() === "GET" && request.url().startsWith(baseURL) && (type === "document" || type === "fetch") && !request.url().includes("/api/live")) {
      asked.push(new URL(request.url()).pathname);
    }
  });
  return asked;
}

test("[performance] a page view asks the server for itself only, and a followed link for its page only", async ({ page, baseURL }) => {
  // The live stream stays open (and connects to nothing here), so the network can be idle.
  await freezeLiveUpdates(page);
  await signIn(page, ACCOUNTS.headLk);
  const asked = renderedRequests(page, baseURL!);
  for (const path of ["/dashboard", "/actions", "/actions/board", "/meetings/hld-2013", "/meetings/hld-2013/themes/RT2", "/meetings/hld-2013/positions"]) {
    asked.length = 0;
    await page.goto(path, { waitUntil: "networkidle" });
    // Links in view and under the pointer stay unfetched (prefetching would have
    // started right after hydration, before the network went idle, or on the hover).
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Positions" }).hover();
    await settled(page);
    expect(asked, path).toEqual([path]);
  }

  asked.length = 0;
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Positions" }).click();
  await expect(page).toHaveURL(/\/positions$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await settled(page);
  expect(asked).toEqual(["/positions"]);
});
