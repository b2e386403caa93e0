// The part of a PostgreSQL schema that Prisma Migrate controls, in one plain shape so
// that what prisma/schema.prisma declares (prisma-expected-schema.ts) and what a
// migrated database contains (introspect-database.ts) can be compared
// (schema-drift.ts). Names are database names (after @map/@@map).

export type ColumnShape = {
  /** As PostgreSQL's format_type() spells it, without quotes: "timestamp(3) without time zone", "Locale[]". */
  type: string;
  nullable: boolean;
  /** Canonical form from canonicalDefault(); null when the column has no default. */
  default: string | null;
};

export type IndexShape = {
  unique: boolean;
  method: string;
  /** Key columns in order, "col DESC" for descending ones. */
  columns: string[];
  predicate: string | null;
};

export type ForeignKeyShape = {
  columns: string[];
  references: string;
  referencedColumns: string[];
  onDelete: string;
  onUpdate: string;
};

export type TableShape = {
  columns: Record<string, ColumnShape>;
  primaryKey: { name: string; columns: string[] } | null;
  /** Every index except the primary key's, by name (unique constraints included). */
  indexes: Record<string, IndexShape>;
  foreignKeys: Record<string, ForeignKeyShape>;
};

export type SchemaShape = {
  /** Enum type name → labels in declaration order. */
  enums: Record<string, string[]>;
  tables: Record<string, TableShape>;
};

const NUMERIC_OR_BOOLEAN = /^(boolean|smallint|integer|bigint|real|double precision|numeric|money|oid)\b/;

/**
 * A literal default in a form both sides can produce: numbers and booleans bare,
 * everything else single-quoted; timestamps as ISO instants (Prisma writes UTC), JSON
 * re-serialised; lists as [a, b].
 */
export function renderLiteral(text: string, type: string): string {
  const base = type.replace(/\[\]$/, "");
  if (NUMERIC_OR_BOOLEAN.test(base)) {
    if (/^[+-]?\d+$/.test(text)) return BigInt(text).toString();
    const n = Number(text);
    return Number.isFinite(n) && text.trim() !== "" ? String(n) : text;
  }
  if (/^(timestamp|date)/.test(base)) {
    const s = text.trim().replace(" ", "T");
    const instant = new Date(/(Z|[+-]\d\d(:?\d\d)?)$/i.test(s) ? s : `${s}Z`);
    if (!Number.isNaN(instant.getTime())) return `'${instant.toISOString()}'`;
  }
  if (/^jsonb?$/.test(base)) {
    try {
      return `'${JSON.stringify(JSON.parse(text))}'`;
    } catch {
      // not JSON: compare as written
    }
  }
  return `'${text}'`;
}

export function renderList(items: string[], type: string): string {
  return `[${items.map((item) => renderLiteral(item, type)).join(", ")}]`;
}

// A trailing "::type" cast as pg_get_expr prints it: 'en'::"Locale", 'x'::character
// varying, '{}'::text[], '2020-01-01 00:00:00'::timestamp without time zone.
const TRAILING_CAST = /::(?:"[^"]+"|[a-z_][a-z0-9_ ]*?)(?:\(\d+(?:,\s*\d+)?\))?(?: with(?:out)? time zone)?(?:\[\])*$/i;

function stripCasts(expr: string): string {
  let e = expr.trim();
  while (TRAILING_CAST.test(e)) e = e.replace(TRAILING_CAST, "").trim();
  return e;
}

function unquote(e: string): string | undefined {
  const m = /^'((?:[^']|'')*)'$/s.exec(e);
  return m ? m[1]!.replace(/''/g, "'") : undefined;
}

// Elements of a PostgreSQL array literal such as {a,"b c"}; enough for defaults.
function arrayLiteralItems(text: string): string[] | undefined {
  const m = /^\{(.*)\}$/s.exec(text);
  if (!m) return undefined;
  if (m[1] === "") return [];
  return (m[1]!.match(/"(?:[^"\\]|\\.)*"|[^,]+/g) ?? []).map((item) =>
    item.startsWith('"') ? item.slice(1, -1).replace(/\\(.)/g, "$1") : item,
  );
}

/** A column default expression (pg_get_expr) in the canonical form used for comparison. */
export function canonicalDefault(expr: string | null, type: string): string | null {
  if (expr == null) return null;
  const e = stripCasts(expr);
  if (/^(CURRENT_TIMESTAMP|now\(\))$/i.test(e)) return "now()";
  if (/^nextval\(/i.test(e)) return "autoincrement()";
  const elementType = type.replace(/\[\]$/, "");
  const isList = elementType !== type;
  const arrayCtor = /^ARRAY\[(.*)\]$/is.exec(e);
  if (isList && arrayCtor) {
    const inner = arrayCtor[1]!.trim();
    const items = inner === "" ? [] : (inner.match(/'(?:[^']|'')*'(?:::[^,]+)?|[^,]+/g) ?? []);
    return renderList(items.map((item) => stripCasts(item)).map((item) => unquote(item) ?? item), elementType);
  }
  const quoted = unquote(e);
  if (quoted !== undefined) {
    const items = isList ? arrayLiteralItems(quoted) : undefined;
    return items ? renderList(items, elementType) : renderLiteral(quoted, type);
  }
  if (/^(true|false|[+-]?\d+(\.\d+)?)$/i.test(e)) return renderLiteral(e.toLowerCase(), type);
  return e; // an expression (dbgenerated): compared as PostgreSQL prints it
}
