// Reads the shape of the current schema (normally "public") of a live database from
// pg_catalog: enums, tables, columns, primary keys, indexes and foreign keys.
// CHECK constraints are left out on purpose (Prisma does not model them, our
// migrations add some), and so is Prisma's own _prisma_migrations table.
import type { SqlClient } from "@/lib/db/sql-client";
import { canonicalDefault, type SchemaShape, type TableShape } from "./schema-shape";

const IGNORED_TABLES = new Set(["_prisma_migrations"]);

const ENUMS = `
  SELECT t.typname::text AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
    FROM pg_type t
    JOIN pg_enum e ON e.enumtypid = t.oid
    JOIN pg_namespace n ON n.oid = t.typnamespace
   WHERE n.nspname = current_schema()
   GROUP BY t.typname`;

const COLUMNS = `
  SELECT c.relname::text AS table_name, a.attname::text AS column_name,
         format_type(a.atttypid, a.atttypmod) AS type, NOT a.attnotnull AS nullable,
         pg_get_expr(d.adbin, d.adrelid) AS default_expr
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
   WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')`;

// Key columns only (not INCLUDE ones); attnum 0 marks an expression.
const INDEXES = `
  SELECT t.relname::text AS table_name, i.relname::text AS index_name,
         ix.indisunique AS is_unique, ix.indisprimary AS is_primary, am.amname::text AS method,
         pg_get_expr(ix.indpred, ix.indrelid) AS predicate,
         (SELECT array_agg(coalesce(a.attname::text, '(expression)')
                           || CASE WHEN (o.opt & 1) = 1 THEN ' DESC' ELSE '' END ORDER BY k.ord)
            FROM unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
            LEFT JOIN unnest(ix.indoption::int2[]) WITH ORDINALITY AS o(opt, ord) ON o.ord = k.ord
            LEFT JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum
           WHERE k.ord <= ix.indnkeyatts) AS columns
    FROM pg_index ix
    JOIN pg_class i ON i.oid = ix.indexrelid
    JOIN pg_class t ON t.oid = ix.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    JOIN pg_am am ON am.oid = i.relam
   WHERE n.nspname = current_schema()`;

const FOREIGN_KEYS = `
  SELECT t.relname::text AS table_name, con.conname::text AS name, rt.relname::text AS referenced_table,
         con.confdeltype::text AS on_delete, con.confupdtype::text AS on_update,
         (SELECT array_agg(a.attname::text ORDER BY k.ord)
            FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
            JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS columns,
         (SELECT array_agg(a.attname::text ORDER BY k.ord)
            FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
            JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum) AS referenced_columns
    FROM pg_constraint con
    JOIN pg_class t ON t.oid = con.conrelid
    JOIN pg_class rt ON rt.oid = con.confrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
   WHERE con.contype = 'f' AND n.nspname = current_schema()`;

const REFERENTIAL_ACTIONS: Record<string, string> = {
  a: "NO ACTION",
  r: "RESTRICT",
  c: "CASCADE",
  n: "SET NULL",
  d: "SET DEFAULT",
};

export async function introspectDatabase(client: SqlClient): Promise<SchemaShape> {
  const shape: SchemaShape = { enums: {}, tables: {} };
  for (const row of await client.query<{ name: string; labels: string[] }>(ENUMS)) {
    shape.enums[row.name] = row.labels;
  }

  const table = (name: string): TableShape | undefined =>
    IGNORED_TABLES.has(name)
      ? undefined
      : (shape.tables[name] ??= { columns: {}, primaryKey: null, indexes: {}, foreignKeys: {} });

  type ColumnRow = { table_name: string; column_name: string; type: string; nullable: boolean; default_expr: string | null };
  for (const row of await client.query<ColumnRow>(COLUMNS)) {
    const type = row.type.replace(/"/g, "");
    const t = table(row.table_name);
    if (t) t.columns[row.column_name] = { type, nullable: row.nullable, default: canonicalDefault(row.default_expr, type) };
  }

  type IndexRow = {
    table_name: string;
    index_name: string;
    is_unique: boolean;
    is_primary: boolean;
    method: string;
    predicate: string | null;
    columns: string[];
  };
  for (const row of await client.query<IndexRow>(INDEXES)) {
    const t = table(row.table_name);
    if (!t) continue;
    if (row.is_primary) t.primaryKey = { name: row.index_name, columns: row.columns };
    else t.indexes[row.index_name] = { unique: row.is_unique, method: row.method, columns: row.columns, predicate: row.predicate };
  }

  type ForeignKeyRow = {
    table_name: string;
    name: string;
    referenced_table: string;
    on_delete: string;
    on_update: string;
    columns: string[];
    referenced_columns: string[];
  };
  for (const row of await client.query<ForeignKeyRow>(FOREIGN_KEYS)) {
    const t = table(row.table_name);
    if (!t) continue;
    t.foreignKeys[row.name] = {
      columns: row.columns,
      references: row.referenced_table,
      referencedColumns: row.referenced_columns,
      onDelete: REFERENTIAL_ACTIONS[row.on_delete] ?? row.on_delete,
      onUpdate: REFERENTIAL_ACTIONS[row.on_update] ?? row.on_update,
    };
  }
  return shape;
}
