// Reading pages over HTTP for the matrix: the HTML a browser gets, the RSC payload a
// client-side navigation gets (same URL, header `RSC: 1`), and the few facts the
// checks read out of them. The markup parsed here is the app's server-rendered HTML,
// which React writes regularly (double-quoted attributes, entities escaped).
import type { APIRequestContext } from "@playwright/test";

export type TPage = { url: string; status: number; location: string | null; text: string };

/** One GET, redirects not followed: a redirect to /sign-in is itself the answer. */
export async function getPage(ctx: APIRequestContext, url: string, headers: Record<string, string> = {}): Promise<TPage> {
  const response = await ctx.get(url, { maxRedirects: 0, headers });
  return { url, status: response.status(), location: response.headers().location ?? null, text: await response.text() };
}

/**
 * The RSC payload of a page, as a client-side navigation fetches it. Next answers a
 * bare `RSC: 1` request with a redirect to the same URL plus its cache-busting `_rsc`
 * parameter; that one redirect is followed, any other is returned as is.
 */
export async function getRsc(ctx: APIRequestContext, url: string): Promise<TPage> {
  const first = await getPage(ctx, url, { RSC: "1" });
  if (first.status >= 300 && first.status < 400 && first.location?.includes("_rsc")) return getPage(ctx, first.location, { RSC: "1" });
  return first;
}

export const redirectsToSignIn = (page: Pick<TPage, "status" | "location">) =>
  page.status >= 300 && page.status < 400 && Boolean(page.location?.includes("/sign-in"));

/** What an invisible page must answer: 404, or (without a session) the sign-in page. */
export const answersNotFound = (page: Pick<TPage, "status" | "location">) => page.status === 404 || redirectsToSignIn(page);

const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The value of the first hidden input named `name` inside the form that also carries `near`. */
export function hiddenInForm(html: string, name: string, near: { name: string; value: string }): string | null {
  for (const form of html.match(/<form\b[\s\S]*?<\/form>/g) ?? []) {
    if (!form.includes(`name="${near.name}" value="${near.value}"`)) continue;
    const m = new RegExp(`name="${escapeRe(name)}" value="([^"]*)"`).exec(form);
    if (m) return decode(m[1]!);
  }
  return null;
}

/** The id of the person a directory (/people) links to under this name. */
export function personIdListed(html: string, name: string): string | null {
  return new RegExp(`href="/people/([^"]+)">${escapeRe(name)}<`).exec(html)?.[1] ?? null;
}

/** The first `<input name=… value=…>` anywhere in the page. */
export function inputValue(html: string, name: string): string | null {
  const m = new RegExp(`name="${escapeRe(name)}" value="([^"]*)"`).exec(html);
  return m ? decode(m[1]!) : null;
}

/** "1 note" (or nothing) beside a theme on the meeting page. */
export function themeNoteCount(html: string, slug: string, code: string): string {
  const at = html.indexOf(`href="/meetings/${slug}/themes/${code}"`);
  if (at < 0) throw new Error(`theme ${code} is not listed on the meeting page`);
  const item = html.slice(at, html.indexOf("</li>", at));
  const m = /(\d+) notes?/.exec(item.replace(/<!-- -->/g, ""));
  return m ? m[0] : "";
}

/** The text of the GOVERNMENT cell of a theme's row in the positions matrix. */
export function matrixGovernmentCell(html: string, code: string): string {
  const row = new RegExp(`<tr\\b[^>]*><th scope="row"[^>]*><span[^>]*>${escapeRe(code)}</span>[\\s\\S]*?</tr>`).exec(html);
  if (!row) throw new Error(`theme ${code} has no row in the matrix`);
  const cell = /<td\b[^>]*>([\s\S]*?)<\/td>/.exec(row[0]);
  return decode((cell?.[1] ?? "").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim());
}

export type TPersonRow = { email: string; id: string | null; role: string | null; active: boolean | null; invited: boolean };

/**
 * The people table of a delegation page (/delegation, /admin/delegations/[id]). The
 * person's id is the first argument bound to the row's forms (change role, activate).
 */
export function peopleRows(html: string): TPersonRow[] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? "";
  return (body.match(/<tr\b[\s\S]*?<\/tr>/g) ?? []).map((row) => {
    const email = /<td[^>]*>([^<@]+@[^<]+)<\/td>/.exec(row)?.[1] ?? "";
    const bound = /name="\$ACTION_\d+:1" value="([^"]*)"/.exec(row);
    const args = bound ? (JSON.parse(decode(bound[1]!)) as unknown[]) : [];
    const role = /<option value="([A-Z_]+)" selected=""/.exec(row)?.[1] ?? null;
    const activeForm = [...row.matchAll(/name="\$ACTION_\d+:1" value="([^"]*)"/g)]
      .map((m) => JSON.parse(decode(m[1]!)) as unknown[])
      .find((a) => a.length === 2 && typeof a[1] === "boolean");
    return {
      email: decode(email),
      id: typeof args[0] === "string" ? args[0] : null,
      role,
      // The activate/deactivate form is bound to the opposite of the current state.
      active: activeForm ? !activeForm[1] : null,
      invited: row.includes("Invited, not joined yet"),
    };
  });
}

/**
 * The id of the reply whose text is `body`, from a note page's RSC payload as the
 * replies' author sees it: each reply's card data (`"data":{"id":…}`) comes just
 * before its server-rendered body.
 */
export function replyIdByBody(rsc: string, body: string): string | undefined {
  const text = JSON.stringify(body).slice(1, -1);
  const parts = rsc.split(/"data":\{"id":"(?=[0-9a-f-]{36}")/);
  return parts.slice(1).find((part) => part.includes(text))?.slice(0, 36);
}

/** The option of a <select name=…> whose label is `label`. */
export function optionValue(html: string, selectName: string, label: string): string | null {
  const select = new RegExp(`<select\\b[^>]*name="${escapeRe(selectName)}"[^>]*>([\\s\\S]*?)</select>`).exec(html)?.[1] ?? "";
  const m = new RegExp(`<option value="([^"]*)"[^>]*>${escapeRe(label)}</option>`).exec(select);
  return m ? m[1]! : null;
}

/** The text of every page of an audit log listing, following its "Older" links. */
export async function auditLogText(ctx: APIRequestContext, query: string, maxPages = 40): Promise<{ status: number; text: string }> {
  let url: string | null = `/admin/audit?${query}`;
  let text = "";
  let status = 0;
  for (let i = 0; url && i < maxPages; i++) {
    const page = await getPage(ctx, url);
    if (i === 0) status = page.status;
    if (page.status !== 200) break;
    text += page.text;
    const next: RegExpExecArray | null = /href="(\/admin\/audit\?[^"]*before=\d+[^"]*)"[^>]*>Older</.exec(page.text);
    url = next ? decode(next[1]!) : null;
  }
  return { status, text };
}

/** iCalendar folds long lines; unfolded, a string split by a fold is whole again. */
export const unfoldICalendar = (text: string) => text.replace(/\r?\n[ \t]/g, "");
