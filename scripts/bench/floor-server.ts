// The floor: a bare node:http + pg server that does what the theme page must do at
// the least — check the session cookie against the Session table, load the theme,
// its paragraphs, instruments and key figures, the notes the viewer may read with
// their replies (the rule of lib/authz/visibility.ts, written in SQL), and send
// escaped HTML (gzipped when asked, as Next does). No framework, no Markdown, no
// client JavaScript: what the app costs above this is the price of everything else.
// Run by scripts/bench/run.ts with FLOOR_PORT, DATABASE_URL and AUTH_SECRET.
import http from "node:http";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { decode } from "@auth/core/jwt";

const COOKIE = "authjs.session-token";
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const secret = process.env.AUTH_SECRET!;

type TViewer = { userId: string; role: string; delegationId: string | null; group: string | null };

const escapeHtml = (value: unknown) =>
  String(value ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return null;
}

async function viewerFrom(request: http.IncomingMessage): Promise<TViewer | null> {
  const token = cookieValue(request.headers.cookie, COOKIE);
  if (!token) return null;
  const payload = await decode({ token, secret, salt: COOKIE }).catch(() => null);
  const sessionId = typeof payload?.sid === "string" ? payload.sid : null;
  if (!sessionId) return null;
  const { rows } = await pool.query<TViewer & { delegationActive: boolean | null }>(
    `SELECT u.id AS "userId", u.role, d.id AS "delegationId", d."group", d.active AS "delegationActive"
       FROM "Session" s JOIN "User" u ON u.id = s."userId" LEFT JOIN "Delegation" d ON d.id = u."delegationId"
      WHERE s.id = $1 AND s."revokedAt" IS NULL AND s."expiresAt" > now() AND u.active`,
    [sessionId],
  );
  const row = rows[0];
  if (!row || row.delegationActive === false) return null;
  return row;
}

// Notes on the theme the viewer may read: not deleted, not hidden (the secretariat
// still sees hidden public notes), scope ALL, GROUP of the viewer's group or
// DELEGATION of the viewer's delegation (visibleAnnotationsWhere).
const VISIBLE_NOTES = `
  n."themeId" = $1 AND n."deletedAt" IS NULL AND ($2::boolean OR n."hiddenAt" IS NULL)
  AND (n.scope = 'ALL'
       OR (n.scope = 'GROUP' AND n."group" = $3::"ConstituentGroup")
       OR (n.scope = 'DELEGATION' AND n."delegationId" = $4))`;

async function themePage(viewer: TViewer, slug: string, code: string): Promise<string | null> {
  const secretariat = viewer.role === "SECRETARIAT";
  const { rows: themes } = await pool.query(
    `SELECT t.id, t.code, t.title, m.slug, m.title AS "meetingTitle"
       FROM "Theme" t JOIN "Meeting" m ON m.id = t."meetingId"
      WHERE m.slug = $1 AND t.code = $2 AND ($3::boolean OR (t."archivedAt" IS NULL AND m."archivedAt" IS NULL))`,
    [slug, code, secretariat],
  );
  const theme = themes[0];
  if (!theme) return null;
  const scope = [theme.id, secretariat, viewer.group, viewer.delegationId];
  const [paragraphs, instruments, figures, notes] = await Promise.all([
    pool.query(`SELECT text FROM "ThemeParagraph" WHERE "themeId" = $1 ORDER BY position`, [theme.id]),
    pool.query(
      `SELECT i.code, i.title FROM "ThemeInstrument" ti JOIN "Instrument" i ON i.id = ti."instrumentId" WHERE ti."themeId" = $1 ORDER BY i.code`,
      [theme.id],
    ),
    pool.query(`SELECT k.figure, s.number, s.text FROM "KeyFigure" k LEFT JOIN "SourceNote" s ON s.number = k."noteNumber" ORDER BY k.position`),
    pool.query(
      `SELECT n.id, n.scope, n.body, n.tags, n."quoteExact", n."createdAt", u.name AS author, d.name AS delegation
         FROM "Annotation" n JOIN "User" u ON u.id = n."authorId" JOIN "Delegation" d ON d.id = n."delegationId"
        WHERE ${VISIBLE_NOTES} ORDER BY n."createdAt"`,
      scope,
    ),
  ]);
  // Replies by the ids of those notes: joined to the visibility rule instead, the
  // planner (misled by the OR of scopes) scans every reply in the database.
  const replies = await pool.query(
    `SELECT r."annotationId", r.body, r."createdAt", u.name AS author, d.name AS delegation
       FROM "AnnotationReply" r JOIN "User" u ON u.id = r."authorId" JOIN "Delegation" d ON d.id = r."delegationId"
      WHERE r."deletedAt" IS NULL AND r."annotationId" = ANY($1::text[]) ORDER BY r."createdAt"`,
    [notes.rows.map((n) => n.id)],
  );
  const repliesByNote = new Map<string, typeof replies.rows>();
  for (const reply of replies.rows) repliesByNote.set(reply.annotationId, [...(repliesByNote.get(reply.annotationId) ?? []), reply]);
  const out: string[] = [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(theme.code)} — ${escapeHtml(theme.title)}</title></head><body><main>`,
    `<nav><a href="/meetings/${escapeHtml(theme.slug)}">${escapeHtml(theme.meetingTitle)}</a></nav>`,
    `<p>${escapeHtml(theme.code)}</p><h1>${escapeHtml(theme.title)}</h1><section>`,
  ];
  for (const p of paragraphs.rows) out.push(`<p>${escapeHtml(p.text)}</p>`);
  out.push(`</section><section><h2>Notes (${notes.rows.length})</h2><ol>`);
  for (const note of notes.rows) {
    out.push(
      `<li><article id="note-${escapeHtml(note.id)}"><p>${escapeHtml(note.author)} · ${escapeHtml(note.delegation)} · ${escapeHtml(note.scope)} · <time>${note.createdAt.toISOString()}</time></p>`,
      note.quoteExact ? `<blockquote>${escapeHtml(note.quoteExact)}</blockquote>` : "",
      `<div>${escapeHtml(note.body)}</div><p>${note.tags.map(escapeHtml).join(", ")}</p><ol>`,
    );
    for (const reply of repliesByNote.get(note.id) ?? []) {
      out.push(`<li><p>${escapeHtml(reply.author)} · ${escapeHtml(reply.delegation)} · <time>${reply.createdAt.toISOString()}</time></p><div>${escapeHtml(reply.body)}</div></li>`);
    }
    out.push(`</ol></article></li>`);
  }
  out.push(`</ol></section><section><h2>Instruments</h2><ul>`);
  for (const i of instruments.rows) out.push(`<li>${escapeHtml(i.code)} — ${escapeHtml(i.title)}</li>`);
  out.push(`</ul></section><section><h2>Key figures</h2><ul>`);
  for (const f of figures.rows) out.push(`<li>${escapeHtml(f.figure)}${f.number ? ` <small>[${f.number}] ${escapeHtml(f.text)}</small>` : ""}</li>`);
  out.push(`</ul></section></main></body></html>`);
  return out.join("");
}

const THEME_PATH = /^\/meetings\/([^/]+)\/themes\/([^/?]+)$/;

const server = http.createServer(async (request, response) => {
  try {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/health") return void response.end("ok");
    const match = THEME_PATH.exec(url.pathname);
    if (!match) return void response.writeHead(404).end();
    const viewer = await viewerFrom(request);
    if (!viewer) return void response.writeHead(307, { location: "/sign-in" }).end();
    const html = await themePage(viewer, decodeURIComponent(match[1]!), decodeURIComponent(match[2]!));
    if (html === null) return void response.writeHead(404).end();
    const headers: http.OutgoingHttpHeaders = { "content-type": "text/html; charset=utf-8", "cache-control": "private, no-store" };
    let body: Buffer = Buffer.from(html);
    if (/\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))) {
      body = gzipSync(body);
      headers["content-encoding"] = "gzip";
    }
    headers["content-length"] = body.length;
    response.writeHead(200, headers).end(body);
  } catch (error) {
    console.error(error);
    if (!response.headersSent) response.writeHead(500);
    response.end();
  }
});

server.listen(Number(process.env.FLOOR_PORT), "127.0.0.1");
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => {
  server.close(() => void pool.end().then(() => process.exit(0)));
  server.closeAllConnections();
});
