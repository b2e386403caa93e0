// The "re-render stale rows" step: every stored Markdown HTML whose renderVersion is
// older than RENDERER_VERSION (0 for rows from before the columns existed) is rendered
// again from its source. SQL cannot run the renderer, so this runs in Node right
// after the migrations (`npm run db:migrate`, hence `npm start` and the test set-ups),
// and on its own with `npm run db:rerender`.
//
// Idempotent and safe beside a running app: it walks each table in id order in
// batches, and a row is updated only if its source is still the one rendered and it
// is still stale, so a concurrent edit (which stores its own HTML) always wins. It
// works on the plain SqlClient the migration runner uses, on PostgreSQL or PGlite.
import type { SqlClient } from "@/lib/db/sql-client";
import type { ConstituentGroup, Scope } from "@/lib/generated/prisma/enums";
import { indexMentionable, mentionedNames, type TMentionableRow } from "@/lib/annotations/mentions";
import { renderNoteText } from "./note-text";
import { RENDERER_VERSION, renderMarkdown } from "./render";

type TStaleRow = { id: string; source: string; scope?: Scope; delegationId?: string; group?: ConstituentGroup };

type TTarget = {
  table: string;
  source: string;
  html: string;
  /** SELECT of stale rows: $1 version, $2 id cursor, $3 batch size. */
  select: string;
  /** Notes and replies link @mentions of the note's readers. */
  mentions: boolean;
};

const staleSelect = (table: string, source: string) =>
  `SELECT "id", "${source}" AS "source" FROM "${table}" WHERE "renderVersion" < $1 AND "id" > $2 ORDER BY "id" LIMIT $3`;

const TARGETS: TTarget[] = [
  {
    table: "Annotation",
    source: "body",
    html: "bodyHtml",
    select: `SELECT "id", "body" AS "source", "scope"::text AS "scope", "delegationId", "group"::text AS "group"
             FROM "Annotation" WHERE "renderVersion" < $1 AND "id" > $2 ORDER BY "id" LIMIT $3`,
    mentions: true,
  },
  {
    table: "AnnotationReply",
    source: "body",
    html: "bodyHtml",
    select: `SELECT r."id", r."body" AS "source", a."scope"::text AS "scope", a."delegationId", a."group"::text AS "group"
             FROM "AnnotationReply" r JOIN "Annotation" a ON a."id" = r."annotationId"
             WHERE r."renderVersion" < $1 AND r."id" > $2 ORDER BY r."id" LIMIT $3`,
    mentions: true,
  },
  { table: "AnnotationRevision", source: "body", html: "bodyHtml", select: staleSelect("AnnotationRevision", "body"), mentions: false },
  { table: "FollowUpAction", source: "description", html: "descriptionHtml", select: staleSelect("FollowUpAction", "description"), mentions: false },
  { table: "ActionComment", source: "body", html: "bodyHtml", select: staleSelect("ActionComment", "body"), mentions: false },
  { table: "GroupPosition", source: "body", html: "bodyHtml", select: staleSelect("GroupPosition", "body"), mentions: false },
];

/** The same people lib/dal/annotations-mentions.ts finds, for a whole batch in one query. */
async function mentionablePeople(client: SqlClient, texts: string[]) {
  const names = [...new Set(texts.flatMap(mentionedNames).map((n) => n.toLocaleLowerCase("en")))];
  if (names.length === 0) return new Map();
  const rows = await client.query<{ id: string; name: string; delegationId: string | null; group: ConstituentGroup | null; delegationActive: boolean | null }>(
    `SELECT u."id", u."name", d."id" AS "delegationId", d."group"::text AS "group", d."active" AS "delegationActive"
     FROM "User" u LEFT JOIN "Delegation" d ON d."id" = u."delegationId"
     WHERE u."active" AND lower(u."name") = ANY($1::text[])`,
    [names],
  );
  return indexMentionable(
    rows.map<TMentionableRow>((r) => ({
      id: r.id,
      name: r.name,
      delegation: r.delegationId && r.group ? { id: r.delegationId, group: r.group, active: r.delegationActive === true } : null,
    })),
  );
}

async function renderBatch(client: SqlClient, target: TTarget, rows: TStaleRow[]): Promise<string[]> {
  if (!target.mentions) return rows.map((r) => renderMarkdown(r.source));
  const people = await mentionablePeople(client, rows.map((r) => r.source));
  return rows.map((r) => renderNoteText(r.source, { scope: r.scope!, delegationId: r.delegationId!, group: r.group! }, people));
}

export type TRerenderResult = Record<string, number>;

/** Re-renders every stale row; returns how many rows of each table were updated. */
export async function rerenderStaleRows(
  client: SqlClient,
  { batchSize = 500, log }: { batchSize?: number; log?: (msg: string) => void } = {},
): Promise<TRerenderResult> {
  const result: TRerenderResult = {};
  for (const target of TARGETS) {
    let cursor = "";
    let updated = 0;
    for (;;) {
      const rows = await client.query<TStaleRow>(target.select, [RENDERER_VERSION, cursor, batchSize]);
      if (rows.length === 0) break;
      const html = await renderBatch(client, target, rows);
      const done = await client.query<{ id: string }>(
        `UPDATE "${target.table}" AS t SET "${target.html}" = v."html", "renderVersion" = $1
         FROM unnest($2::text[], $3::text[], $4::text[]) AS v("id", "html", "source")
         WHERE t."id" = v."id" AND t."${target.source}" = v."source" AND t."renderVersion" < $1
         RETURNING t."id"`,
        [RENDERER_VERSION, rows.map((r) => r.id), html, rows.map((r) => r.source)],
      );
      updated += done.length;
      cursor = rows[rows.length - 1]!.id;
      if (rows.length < batchSize) break;
    }
    result[target.table] = updated;
    if (updated > 0) log?.(`Re-rendered ${updated} ${target.table} row(s) with Markdown renderer v${RENDERER_VERSION}.`);
  }
  return result;
}
