// What prisma/schema.prisma declares, translated into the database shape Prisma
// Migrate would create for it on PostgreSQL: its type mapping, nullability (scalar
// lists are nullable columns), defaults (@updatedAt, uuid() and cuid() have none in
// the database), and its default constraint names (Model_pkey, Model_col_key,
// Model_col_idx, Model_col_fkey, cut to PostgreSQL's 63-byte identifier limit).
//
// Constructs this does not model (implicit many-to-many tables, full-text indexes,
// unknown native types) make it throw rather than pass silently; a relation's
// `map:` name is not in the DMMF, so such a foreign key would show up as a rename.
// `Unsupported("…")` fields (e.g. a tsvector) are left out of the DMMF altogether, so
// they are read from the schema text (unsupportedFields).
import { readFileSync } from "node:fs";
import internals from "@prisma/internals";
import { canonicalDefault, renderList, renderLiteral, type SchemaShape, type TableShape } from "./schema-shape";

type Datamodel = Awaited<ReturnType<typeof internals.getDMMF>>["datamodel"];
type Model = Datamodel["models"][number];
type Field = Model["fields"][number];

export const SCHEMA_PATH = "prisma/schema.prisma";

/** The models of a Prisma schema, as Prisma's own parser (wasm, offline) reads them. */
export async function parseDatamodel(source: string = readFileSync(SCHEMA_PATH, "utf8")): Promise<Datamodel> {
  return (await internals.getDMMF({ datamodel: source })).datamodel;
}

const MAX_IDENTIFIER_BYTES = 63;

/** Prisma's default constraint/index name: table_columns_suffix, shortened to fit. */
export function defaultConstraintName(table: string, columns: readonly string[], suffix: string): string {
  let base = columns.length > 0 ? `${table}_${columns.join("_")}` : table;
  const room = MAX_IDENTIFIER_BYTES - Buffer.byteLength(`_${suffix}`);
  while (Buffer.byteLength(base) > room) base = base.slice(0, -1);
  return `${base}_${suffix}`;
}

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  Boolean: "boolean",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Bytes: "bytea",
};

function nativeType(name: string, args: readonly string[]): string {
  const precision = args.length > 0 ? `(${args.join(",")})` : "";
  const simple: Record<string, string> = {
    Text: "text", Uuid: "uuid", Xml: "xml", Inet: "inet", Citext: "citext",
    Integer: "integer", SmallInt: "smallint", BigInt: "bigint", Oid: "oid",
    DoublePrecision: "double precision", Real: "real", Money: "money",
    Boolean: "boolean", Date: "date", Json: "json", JsonB: "jsonb", ByteA: "bytea",
  };
  const withPrecision: Record<string, string> = {
    VarChar: `character varying${precision}`,
    Char: `character${precision || "(1)"}`,
    Bit: `bit${precision || "(1)"}`,
    VarBit: `bit varying${precision}`,
    Decimal: `numeric${precision}`,
    Timestamp: `timestamp${precision} without time zone`,
    Timestamptz: `timestamp${precision} with time zone`,
    Time: `time${precision} without time zone`,
    Timetz: `time${precision} with time zone`,
  };
  const type = simple[name] ?? withPrecision[name];
  if (!type) throw new Error(`prisma-expected-schema: native type @db.${name} is not mapped; add it.`);
  return type;
}

const REFERENTIAL_ACTIONS: Record<string, string> = {
  Cascade: "CASCADE",
  Restrict: "RESTRICT",
  NoAction: "NO ACTION",
  SetNull: "SET NULL",
  SetDefault: "SET DEFAULT",
};

export type TUnsupportedField = { model: string; field: string; column: string; type: string; nullable: boolean };

/**
 * The `name Unsupported("type")` fields of each model, which Prisma's DMMF omits:
 * the column exists in the database all the same. A default or any other attribute
 * on such a field is not modelled and throws.
 */
export function unsupportedFields(source: string): TUnsupportedField[] {
  const fields: TUnsupportedField[] = [];
  let model: string | undefined;
  for (const raw of source.split("\n")) {
    const line = raw.replace(/\/\/.*$/, "");
    const opens = /^\s*model\s+(\w+)\s*\{/.exec(line);
    if (opens) model = opens[1];
    else if (/^\s*\}\s*$/.test(line)) model = undefined;
    const m = model && /^\s*(\w+)\s+Unsupported\("([^"]+)"\)(\?)?\s*(.*?)\s*$/.exec(line);
    if (!model || !m) continue;
    const attributes = m[4]!;
    const mapped = /^@map\("([^"]+)"\)$/.exec(attributes);
    if (attributes && !mapped) throw new Error(`prisma-expected-schema: ${model}.${m[1]} has attributes "${attributes}"; not modelled.`);
    fields.push({ model, field: m[1]!, column: mapped?.[1] ?? m[1]!, type: m[2]!, nullable: m[3] === "?" });
  }
  return fields;
}

export function expectedSchema(datamodel: Datamodel, unsupported: readonly TUnsupportedField[] = []): SchemaShape {
  const enumDbName = new Map(datamodel.enums.map((e) => [e.name, e.dbName ?? e.name]));
  const enumValueDbName = (enumName: string, value: string) =>
    datamodel.enums.find((e) => e.name === enumName)?.values.find((v) => v.name === value)?.dbName ?? value;
  const models = new Map(datamodel.models.map((m) => [m.name, m]));
  const tableName = (model: Model) => model.dbName ?? model.name;
  const columnName = (model: Model, field: string) => {
    const f = model.fields.find((candidate) => candidate.name === field);
    return f?.dbName ?? unsupported.find((u) => u.model === model.name && u.field === field)?.column ?? field;
  };

  const columnType = (field: Field): string => {
    let base: string | undefined;
    if (field.kind === "enum") base = enumDbName.get(field.type);
    else if (field.nativeType) base = nativeType(field.nativeType[0], field.nativeType[1]);
    else base = SCALAR_TYPES[field.type];
    if (!base) throw new Error(`prisma-expected-schema: field type ${field.type} is not mapped; add it.`);
    return field.isList ? `${base}[]` : base;
  };

  const columnDefault = (field: Field, type: string): string | null => {
    const value = field.default;
    if (value === undefined || value === null) return null;
    const literal = (v: string | number | boolean) =>
      field.kind === "enum" ? enumValueDbName(field.type, String(v)) : String(v);
    if (Array.isArray(value)) return renderList(value.map(literal), type.replace(/\[\]$/, ""));
    if (typeof value !== "object") return renderLiteral(literal(value), type);
    const fn = value as { name: string; args: readonly (string | number)[] };
    switch (fn.name) {
      case "now":
        return "now()";
      case "autoincrement":
        return "autoincrement()";
      case "dbgenerated":
        return canonicalDefault(String(fn.args[0] ?? ""), type);
      case "uuid":
      case "cuid":
      case "nanoid":
      case "ulid":
        return null; // generated by Prisma Client, not the database
      default:
        throw new Error(`prisma-expected-schema: @default(${fn.name}()) is not mapped; add it.`);
    }
  };

  const shape: SchemaShape = { enums: {}, tables: {} };
  for (const e of datamodel.enums) shape.enums[e.dbName ?? e.name] = e.values.map((v) => v.dbName ?? v.name);

  for (const model of datamodel.models) {
    const table: TableShape = { columns: {}, primaryKey: null, indexes: {}, foreignKeys: {} };
    shape.tables[tableName(model)] = table;
    for (const field of model.fields) {
      if (field.kind === "scalar" || field.kind === "enum") {
        const type = columnType(field);
        table.columns[field.dbName ?? field.name] = {
          type,
          nullable: field.isList || !field.isRequired,
          default: columnDefault(field, type),
        };
      } else if (field.kind === "object") {
        addForeignKey(table, model, field);
      } else {
        throw new Error(`prisma-expected-schema: ${model.name}.${field.name} is ${field.kind}; not modelled.`);
      }
    }
  }

  for (const field of unsupported) {
    const model = models.get(field.model);
    if (!model) throw new Error(`prisma-expected-schema: no model ${field.model} for its Unsupported field.`);
    shape.tables[tableName(model)]!.columns[field.column] = { type: field.type, nullable: field.nullable, default: null };
  }

  function addForeignKey(table: TableShape, model: Model, field: Field): void {
    const target = models.get(field.type)!;
    const from = field.relationFromFields ?? [];
    if (from.length === 0) {
      const other = target.fields.find((f) => f.relationName === field.relationName && f !== field);
      if (field.isList && other?.isList) {
        throw new Error(`prisma-expected-schema: implicit many-to-many relation ${field.relationName} is not modelled.`);
      }
      return; // the back-relation side; the foreign key lives on the other model
    }
    const columns = from.map((f) => columnName(model, f));
    const anyOptional = from.some((f) => !model.fields.find((x) => x.name === f)?.isRequired);
    table.foreignKeys[defaultConstraintName(tableName(model), columns, "fkey")] = {
      columns,
      references: tableName(target),
      referencedColumns: (field.relationToFields ?? []).map((f) => columnName(target, f)),
      // Prisma's defaults: SetNull when the relation is optional, Restrict when required.
      onDelete: REFERENTIAL_ACTIONS[field.relationOnDelete ?? (anyOptional ? "SetNull" : "Restrict")]!,
      onUpdate: REFERENTIAL_ACTIONS[field.relationOnUpdate ?? "Cascade"]!,
    };
  }

  for (const index of datamodel.indexes) {
    const model = models.get(index.model)!;
    const table = shape.tables[tableName(model)]!;
    const names = index.fields.map((f) => columnName(model, f.name));
    const columns = index.fields.map((f, i) => (f.sortOrder === "desc" ? `${names[i]} DESC` : names[i]!));
    if (index.type === "id") {
      table.primaryKey = { name: index.dbName ?? defaultConstraintName(tableName(model), [], "pkey"), columns };
    } else if (index.type === "unique" || index.type === "normal") {
      const suffix = index.type === "unique" ? "key" : "idx";
      table.indexes[index.dbName ?? defaultConstraintName(tableName(model), names, suffix)] = {
        unique: index.type === "unique",
        method: (index.algorithm ?? "BTree").toLowerCase(),
        columns,
        predicate: null,
      };
    } else {
      throw new Error(`prisma-expected-schema: ${index.type} index on ${index.model} is not modelled.`);
    }
  }
  return shape;
}
