import { getViewer } from "@/lib/auth/current-viewer";
import { canSeeAuditLog } from "@/lib/authz/admin";
import { iterateAuditEntriesForViewer } from "@/lib/dal/audit-log";
import { csvReadableStream, type TCsvValue } from "@/lib/csv";
import { auditFiltersFrom } from "@/components/audit/audit-filters";

// The audit log as the viewer may see it, with the page's filters, streamed as CSV.
export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer || !canSeeAuditLog(viewer)) return new Response("Not found", { status: 404 });
  const filters = auditFiltersFrom(new URL(request.url).searchParams);
  async function* batches(): AsyncGenerator<TCsvValue[][]> {
    for await (const rows of iterateAuditEntriesForViewer(viewer!, filters)) {
      yield rows.map((r) => [
        r.createdAt.toISOString(),
        r.actor?.email ?? "",
        r.action,
        r.entityType,
        r.entityId ?? "",
        r.summary ? JSON.stringify(r.summary) : "",
      ]);
    }
  }
  const stream = csvReadableStream(["time_utc", "actor", "action", "entity_type", "entity_id", "details"], batches());
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="audit-log-${new Date().toISOString().slice(0, 10)}.csv"`,
      "cache-control": "no-store",
    },
  });
}
