import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase } from "../support/app-database";
import { viewerFor } from "../support/viewers";

// Issue 10, finding 7: a public note mentioning people used to render mailto: links
// with their addresses, to every reader. A mention now links to the person's page
// inside the app (lib/dal/people.ts), which shows the address to no one outside the
// person's own delegation — and the addresses are not even loaded for mentions.

let cleanup: () => Promise<void>;
beforeAll(async () => {
  cleanup = await useAppDatabase();
});
afterAll(async () => cleanup?.());

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

describe("[people] mentions", () => {
  it("a public note mentioning people shows an observer no mailto: and no address, only links to their pages", async () => {
    const { db } = await import("@/lib/db");
    const { createAnnotation } = await import("@/lib/services/annotations-notes");
    const { findNoteForViewer, listRecentNotesForViewer } = await import("@/lib/dal/annotations");
    const { findPersonForViewer } = await import("@/lib/dal/people");
    const author = await viewerFor("delegate.lk@gov.demo");
    const observer = await viewerFor("observer.iom@observers.demo");
    const theme = await db.theme.findFirstOrThrow({ where: { code: "RT2", meeting: { slug: "hld-2013" } }, select: { id: true } });
    const body = "Thanks @[Maria Santos] and @[Elena Moreau]; @[Nimal Perera] will follow up.";
    const created = await createAnnotation(author, { themeId: theme.id, body, scope: "ALL", tags: "", anchor: null });
    if (!created.ok) throw new Error(JSON.stringify(created));

    const seen = JSON.stringify([
      await findNoteForViewer(observer, "hld-2013", "RT2", created.value.id),
      await listRecentNotesForViewer(observer, 50),
    ]);
    const maria = await db.user.findUniqueOrThrow({ where: { email: "delegate.ph@gov.demo" } });
    // Mentions are rendered when the note is written (lib/markdown): a link to the page.
    expect(seen).toContain(`href=\\"/people/${maria.id}\\"`);
    expect(seen).not.toContain("mailto:");
    expect(seen).not.toMatch(EMAIL);

    // The link leads to a page the observer may not open (another group): 404 there,
    // while the secretariat officer's page opens, without the address.
    expect(await findPersonForViewer(observer, maria.id)).toBeNull();
    const officer = await db.user.findUniqueOrThrow({ where: { email: "secretariat@ilo.demo" } });
    expect(await findPersonForViewer(observer, officer.id)).toMatchObject({ name: "Elena Moreau", email: null });
    expect(await findPersonForViewer(await viewerFor("delegate.ph@gov.demo"), maria.id)).toMatchObject({ email: "delegate.ph@gov.demo" });
  });
});
