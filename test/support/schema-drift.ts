// Compares the shape prisma/schema.prisma implies with the shape of a migrated
// database and lists every difference as one readable line, so a failing drift test
// says exactly which migration statement is missing or wrong.
import type { SqlClient } from "@/lib/db/sql-client";
import { introspectDatabase } from "./introspect-database";
import { readFileSync } from "node:fs";
import { SCHEMA_PATH, expectedSchema, parseDatamodel, unsupportedFields } from "./prisma-expected-schema";
import type { ColumnShape, ForeignKeyShape, IndexShape, SchemaShape } from "./schema-shape";

/**
 * Differences between a Prisma schema (by default prisma/schema.prisma) and the
 * database behind `client`; empty when they match.
 */
export async function schemaDrift(client: SqlClient, schemaSource: string = readFileSync(SCHEMA_PATH, "utf8")): Promise<string[]> {
  const expected = expectedSchema(await parseDatamodel(schemaSource), unsupportedFields(schemaSource));
  return diffSchemas(expected, await introspectDatabase(client));
}

export function formatDrift(differences: string[]): string {
  return differences.length === 0
    ? "The database matches prisma/schema.prisma."
    : `The migrated database differs from prisma/schema.prisma in ${differences.length} way(s):\n` +
        differences.map((d) => `  - ${d}`).join("\n");
}

const list = (items: readonly string[]) => items.join(", ");
const describeColumn = (c: ColumnShape) =>
  `${c.type} ${c.nullable ? "NULL" : "NOT NULL"}${c.default === null ? "" : ` DEFAULT ${c.default}`}`;
const describeIndex = (i: IndexShape) =>
  `${i.unique ? "UNIQUE " : ""}INDEX USING ${i.method} (${list(i.columns)})${i.predicate ? ` WHERE ${i.predicate}` : ""}`;
const describeForeignKey = (f: ForeignKeyShape) =>
  `(${list(f.columns)}) REFERENCES "${f.references}"(${list(f.referencedColumns)}) ON DELETE ${f.onDelete} ON UPDATE ${f.onUpdate}`;

/**
 * Walks both name-keyed maps in sorted order and reports each name that is only in
 * the schema, only in the database, or described differently in each.
 */
function compareNamed<T>(
  label: (name: string) => string,
  expected: Record<string, T>,
  actual: Record<string, T>,
  describe: (value: T) => string,
  out: string[],
  compareDetail?: (name: string, e: T, a: T) => void,
): void {
  const names = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  for (const name of names) {
    const e = expected[name];
    const a = actual[name];
    if (e === undefined && a === undefined) continue;
    if (a === undefined) out.push(`${label(name)}: missing from the database (schema: ${describe(e!)})`);
    else if (e === undefined) out.push(`${label(name)}: in the database but not in the schema (${describe(a)})`);
    else if (compareDetail) compareDetail(name, e, a);
    else if (describe(e) !== describe(a)) out.push(`${label(name)}: differs — schema: ${describe(e)}; database: ${describe(a)}`);
  }
}

export function diffSchemas(expected: SchemaShape, actual: SchemaShape): string[] {
  const out: string[] = [];
  compareNamed((n) => `enum "${n}"`, expected.enums, actual.enums, list, out);

  const tableNames = [...new Set([...Object.keys(expected.tables), ...Object.keys(actual.tables)])].sort();
  for (const name of tableNames) {
    const e = expected.tables[name];
    const a = actual.tables[name];
    if (!a) {
      out.push(`table "${name}": missing from the database`);
      continue;
    }
    if (!e) {
      out.push(`table "${name}": in the database but not in the schema (columns: ${list(Object.keys(a.columns))})`);
      continue;
    }
    compareNamed((c) => `column "${name}"."${c}"`, e.columns, a.columns, describeColumn, out, (column, ec, ac) => {
      const where = `column "${name}"."${column}"`;
      if (ec.type !== ac.type) out.push(`${where}: type differs — schema: ${ec.type}; database: ${ac.type}`);
      if (ec.nullable !== ac.nullable) {
        const n = (c: ColumnShape) => (c.nullable ? "NULL" : "NOT NULL");
        out.push(`${where}: nullability differs — schema: ${n(ec)}; database: ${n(ac)}`);
      }
      if (ec.default !== ac.default) {
        out.push(`${where}: default differs — schema: ${ec.default ?? "none"}; database: ${ac.default ?? "none"}`);
      }
    });
    const pk = (p: typeof e.primaryKey) => (p ? `"${p.name}" (${list(p.columns)})` : "none");
    if (pk(e.primaryKey) !== pk(a.primaryKey)) {
      out.push(`primary key of "${name}": differs — schema: ${pk(e.primaryKey)}; database: ${pk(a.primaryKey)}`);
    }
    compareNamed((i) => `index "${i}" on "${name}"`, e.indexes, a.indexes, describeIndex, out);
    compareNamed((f) => `foreign key "${f}" on "${name}"`, e.foreignKeys, a.foreignKeys, describeForeignKey, out);
  }
  return out;
}
