import type { TAuditFilters } from "@/lib/dal/audit-log";
import { hasControlCharacters } from "@/lib/validation/text";

/** The filters of the audit page and its CSV export, read from the query string. */
export function auditFiltersFrom(params: URLSearchParams | Record<string, string | string[] | undefined>): TAuditFilters {
  const get = (key: string) => {
    const value = params instanceof URLSearchParams ? params.get(key) : params[key];
    const text = Array.isArray(value) ? value[0] : value;
    // Text with control characters cannot match anything stored (and NUL cannot even
    // be sent to PostgreSQL): such a filter is ignored, as a malformed date is.
    return text?.trim() && !hasControlCharacters(text) ? text.trim() : undefined;
  };
  const date = (key: string) => {
    const value = get(key);
    return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
  };
  return { actorEmail: get("actor"), entityType: get("entity"), from: date("from"), to: date("to"), before: get("before") };
}

export function auditQueryString(filters: TAuditFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (filters.actorEmail) params.set("actor", filters.actorEmail);
  if (filters.entityType) params.set("entity", filters.entityType);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const text = params.toString();
  return text ? `?${text}` : "";
}
