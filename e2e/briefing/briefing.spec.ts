import { expect, test } from "@playwright/test";
import { ACCOUNTS } from "../support/accounts";
import { signIn } from "../support/sign-in";
import { expectNoAxeViolations } from "../support/axe";
import { saveNote, unique } from "../annotations/helpers";

// The briefing pack in the browser: reached from the meeting page, the print page in
// each language (axe, and no navigation once printed), and the PDF download's
// headers. What each pack holds is checked in test/integration/briefing-pack.test.ts.

const LANGUAGES = [
  { locale: "en", link: "Briefing pack (to print or as a PDF)", title: "Briefing pack", update: "Update the pack" },
  { locale: "fr", link: "Dossier d'information (à imprimer ou en PDF)", title: "Dossier d'information", update: "Mettre à jour le dossier" },
  { locale: "es", link: "Dossier informativo (para imprimir o en PDF)", title: "Dossier informativo", update: "Actualizar el dossier" },
] as const;

test("[briefing] the print page, from the meeting page, has no axe violations in English, French and Spanish", async ({ page, context, baseURL }) => {
  // A note, then three pages each scanned by axe.
  test.setTimeout(120_000);
  await signIn(page, ACCOUNTS.delegateLk);
  // A note with Markdown on RT1, so the pack's notes are in what axe checks.
  const text = unique("Briefing note");
  await page.goto("/meetings/hld-2013/themes/RT1");
  await page.getByRole("button", { name: "Annotate this paragraph (Paragraph 2)" }).click();
  await saveNote(page, { body: `${text}\n\n- a point on [C189](https://www.ilo.org/)\n\n> as the paper says`, scope: /constituent group/i });

  for (const lang of LANGUAGES) {
    await context.addCookies([{ name: "locale", value: lang.locale, url: baseURL! }]);
    await page.goto("/meetings/hld-2013");
    await page.getByRole("link", { name: lang.link }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(lang.title);
    await expect(page.getByText(text)).toBeVisible();
    await expectNoAxeViolations(page);
  }

  // On paper: the pack alone, without the app's header and navigation or the options.
  const update = page.getByRole("button", { name: LANGUAGES[2].update });
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(update).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(update).toBeHidden();
});

test("[briefing] the PDF downloads as a private, uncached application/pdf", async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, ACCOUNTS.headLk);
  await page.goto("/meetings/hld-2013/briefing?theme=RT1");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the PDF" }).click();
  expect((await downloading).suggestedFilename()).toMatch(/^briefing-hld-2013-\d{4}-\d{2}-\d{2}\.pdf$/);

  const response = await page.request.get("/meetings/hld-2013/briefing.pdf?theme=RT1");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["cache-control"]).toBe("private, no-store");
  expect((await response.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect((await page.request.get("/meetings/no-such-meeting/briefing.pdf")).status()).toBe(404);
});
