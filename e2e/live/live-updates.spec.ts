import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS } from "../support/accounts";
import { freePort, startInstance, type TInstance } from "../support/second-instance";
import { noteCard, personPage, saveNote, unique } from "../annotations/helpers";
import { createActionThroughForm } from "../actions/helpers";
import { queryDatabase } from "../support/database";
import { recordAnnouncements, streamHeld } from "../support/live";

// Live updates across two app instances on one database (issue 11): what head.lk
// writes through the suite's instance appears on delegate.ph's open pages served by a
// second instance, without a reload — a note, a reply, an action and its status, a
// position's status and the notification badge; her position editor is told of a
// newer text and keeps what she typed, and of a colleague opening the editor (who
// sees that she has it open) — while the event streams of an employer and of the
// secretariat, read here as a browser would receive them, carry nothing that names
// the government group's material.

const LIVE = { timeout: 2_000 }; // the bound: on the other instance within 2 seconds

async function queryOne<T extends Record<string, unknown>>(sql: string, values: unknown[]): Promise<T> {
  const [row] = await queryDatabase<T>(sql, values);
  if (!row) throw new Error(`no row for ${sql}`);
  return row;
}

type TStreamEvent = { id: string; kind: string; subjectId: string; themeId: string | null; parentId: string | null };

/** The raw event stream of a signed-in page's session, on `baseURL`. */
async function readEventStream(page: Page, baseURL: string) {
  const cookies = await page.context().cookies(baseURL);
  const abort = new AbortController();
  const response = await fetch(`${baseURL}/api/live`, { headers: { cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") }, signal: abort.signal });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/event-stream");
  let text = "";
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        text += decoder.decode(value, { stream: true });
      }
    } catch {
      // aborted at the end of the test
    }
  })();
  return {
    text: () => text,
    events: (): TStreamEvent[] =>
      text
        .split("\n\n")
        .filter((block) => block.includes("event: change"))
        .map((block) => JSON.parse(block.split("\n").find((line) => line.startsWith("data: "))!.slice(6)) as TStreamEvent),
    close: () => abort.abort(),
  };
}

async function unreadCount(page: Page): Promise<number> {
  const text = (await page.getByRole("navigation").getByRole("link", { name: /^Notifications/ }).textContent()) ?? "";
  return Number(/(\d+) unread/.exec(text)?.[1] ?? 0);
}

let second: TInstance | undefined;

test.beforeAll(async () => {
  test.skip(!process.env.DATABASE_URL, "two instances need a PostgreSQL server (the embedded database has one owner)");
  second = await startInstance({ hostname: "127.0.0.1", port: await freePort() });
});

test.afterAll(async () => {
  await second?.stop();
});

test("[live] note, reply, action, position status and badge reach another instance; other groups and the secretariat hear nothing", async ({ browser }) => {
  test.setTimeout(150_000);
  const other = second!.baseURL;
  const tag = unique("live").replace(/\s+/g, "-");
  const rt2 = `/meetings/hld-2013/themes/RT2?tag=${encodeURIComponent(tag)}`;
  const position = "/meetings/hld-2013/themes/RT3/position/government";
  // Sessions live in PostgreSQL: a cookie from one instance works on the other.
  // One after the other: four sign-ins at once outlast the sign-in helper's wait on a busy machine.
  const lk = await personPage(browser, ACCOUNTS.headLk);
  const ph = await personPage(browser, ACCOUNTS.delegatePh);
  const ioe = await personPage(browser, ACCOUNTS.headIoe);
  const secretariat = await personPage(browser, ACCOUNTS.secretariat);
  const ioeStream = await readEventStream(ioe, other);
  const secretariatStream = await readEventStream(secretariat, other);
  const body = unique("Governments should press for fee-free recruitment, live");

  await test.step("a group note written on one instance appears on the other's open theme page", async () => {
    await ph.goto(`${other}${rt2}`);
    await ioe.goto(`${other}${rt2}`);
    await expect(ph.getByRole("heading", { level: 2, name: "Notes" })).toBeVisible();
    await streamHeld(ph);
    const announced = await recordAnnouncements(ph);
    await lk.goto(rt2);
    await lk.getByRole("button", { name: "Write a note on the whole theme" }).click();
    await saveNote(lk, { body, scope: /My constituent group/, tags: tag });
    await expect(noteCard(ph, body)).toBeVisible(LIVE);
    await expect.poll(announced).toContainEqual(expect.stringMatching(/\d+ new notes?/));
  });

  await test.step("a reply appears in the thread on the other instance", async () => {
    const reply = unique("Agreed; Sri Lanka will draft the wording");
    const card = noteCard(lk, body);
    await card.getByRole("button", { name: "Reply" }).click();
    await card.getByLabel("Your reply").fill(reply);
    await card.getByRole("button", { name: "Post reply" }).click();
    await expect(noteCard(ph, body).getByRole("listitem").filter({ hasText: reply })).toBeVisible(LIVE);
  });

  // Listed first by title ("0…"): after the rest of the suite, her list runs to a second page.
  const title = unique("0 Live: share the recruitment-fee study");
  let actionId = "";
  await test.step("an action assigned to delegate.ph appears in her list, with the badge; its status follows", async () => {
    await ph.goto(`${other}/actions?sort=title`);
    await expect(ph.getByRole("link", { name: "My actions" })).toHaveAttribute("aria-current", "page");
    await streamHeld(ph);
    const before = await unreadCount(ph);
    await lk.goto("/actions/new");
    actionId = await createActionThroughForm(lk, { title, group: true, assignee: "Maria Santos" });
    const row = ph.getByRole("row").filter({ has: ph.getByRole("link", { name: title }) });
    await expect(row).toBeVisible(LIVE);
    await expect.poll(() => unreadCount(ph), LIVE).toBeGreaterThan(before);
    await lk.getByLabel("Move to", { exact: true }).selectOption("IN_PROGRESS");
    await lk.getByRole("button", { name: "Move", exact: true }).click();
    await expect(lk.getByText("Moved to In progress.")).toBeVisible();
    await expect(row).toContainText("In progress", LIVE);
  });

  await test.step("an editor with unsaved text is told of a newer version, and keeps what was typed", async () => {
    await ph.goto(`${other}${position}/edit`);
    const typed = unique("Maria's unsaved paragraph on social dialogue");
    await ph.getByLabel("Position text (Markdown)").fill(typed);
    await streamHeld(ph);
    const heard = await recordAnnouncements(ph);
    // Her open editor is known to the group: head.lk, opening his, is told who else is there…
    await expect.poll(async () => (await queryDatabase(`SELECT 1 FROM "PositionPresence" WHERE "userId" = (SELECT "id" FROM "User" WHERE "email" = $1)`, [ACCOUNTS.delegatePh.email])).length).toBe(1);
    await lk.goto(`${position}/edit`);
    await expect(lk.getByRole("region", { name: "Also editing now" })).toContainText("Maria Santos (Government of the Philippines)");
    // …and she hears, on the other instance, that someone else opened it.
    await expect.poll(heard, LIVE).toContain("Who is editing this position has changed.");
    await lk.getByLabel("Position text (Markdown)").fill(unique("Nimal's saved text on RT3"));
    await lk.getByRole("button", { name: "Save", exact: true }).click();
    await expect(lk.getByText(/Saved as revision \d+\./)).toBeVisible();
    // (Then, as he leaves his editor, that who is editing changed again.)
    await expect.poll(heard, LIVE).toContain("Someone has saved a newer version of this text. What you typed is kept; saving will show you both versions.");
    await expect(ph.getByLabel("Position text (Markdown)")).toHaveValue(typed);
  });

  await test.step("the group position moved to agreed shows on the other instance's open position page, with the badge", async () => {
    await ph.goto(`${other}${position}`);
    await expect(ph.getByRole("heading", { level: 1, name: "Governments position on RT3" })).toBeVisible();
    await streamHeld(ph);
    const before = await unreadCount(ph);
    await lk.goto(position);
    await lk.getByRole("button", { name: "Mark as agreed" }).click();
    await expect(lk.getByRole("heading", { name: "Agreed by" })).toBeVisible();
    await expect(ph.getByRole("heading", { name: "Agreed by" })).toBeVisible(LIVE);
    await expect.poll(() => unreadCount(ph), LIVE).toBeGreaterThan(before);
  });

  await test.step("the employer's page and stream, and the secretariat's stream, carry nothing of it", async () => {
    const note = await queryOne<{ id: string }>(`SELECT "id" FROM "Annotation" WHERE "body" = $1`, [body]);
    const pos = await queryOne<{ id: string }>(
      `SELECT p."id" FROM "GroupPosition" p JOIN "Theme" t ON t."id" = p."themeId" WHERE t."code" = 'RT3' AND p."group" = 'GOVERNMENT'`,
      [],
    );
    // A public note last: once both streams have it, they have had everything before it.
    const marker = unique("Live marker for everyone");
    await lk.goto(rt2);
    await lk.getByRole("button", { name: "Write a note on the whole theme" }).click();
    await streamHeld(ioe);
    await saveNote(lk, { body: marker, scope: /All participants/, tags: tag });
    const markerId = (await queryOne<{ id: string }>(`SELECT "id" FROM "Annotation" WHERE "body" = $1`, [marker])).id;
    await expect.poll(() => ioeStream.text().includes(markerId) && secretariatStream.text().includes(markerId)).toBe(true);
    await expect(noteCard(ioe, marker)).toBeVisible(LIVE);
    await expect(ioe.getByText(body)).toHaveCount(0);

    for (const stream of [ioeStream, secretariatStream]) {
      expect(stream.text()).not.toContain(note.id); // the note and the replies in its thread
      expect(stream.text()).not.toContain(actionId);
    }
    expect(ioeStream.text()).not.toContain(pos.id);
    // The secretariat's matrix shows every group's status (never the text): it hears
    // that the status moved, and nothing else about the position.
    expect(secretariatStream.events().filter((e) => e.subjectId === pos.id).map((e) => e.kind)).toEqual(["position.status"]);
    ioeStream.close();
    secretariatStream.close();
  });
});
