// The hand-written migrations must build exactly the database prisma/schema.prisma
// describes, or Prisma Client queries fail at run time (or silently lose constraints).
// Applies prisma/migrations to an empty database and compares it with the schema.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyMigrations, listMigrations } from "@/lib/db/migrate";
import { formatDrift, schemaDrift } from "../support/schema-drift";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const MIGRATIONS_DIR = path.resolve("prisma/migrations");

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db.drop();
});

/** Replaces text that must occur exactly once, so an edited migration cannot make this test vacuous. */
function replaceOnce(sql: string, from: string, to: string): string {
  const count = sql.split(from).length - 1;
  if (count !== 1) throw new Error(`expected ${JSON.stringify(from)} once in the migration, found it ${count} times`);
  return sql.replace(from, to);
}

describe("migrations versus prisma/schema.prisma", () => {
  it("produce exactly the tables, columns, keys, indexes and enums the schema declares", async () => {
    const { applied } = await applyMigrations(db.client, { migrationsDir: MIGRATIONS_DIR });
    expect(applied).toEqual(listMigrations(MIGRATIONS_DIR).map((m) => m.name));

    const differences = await schemaDrift(db.client);
    expect(differences, formatDrift(differences)).toEqual([]);
  });

  it("reports each kind of difference when the migration SQL is wrong", async () => {
    // Break the foundation migration and apply it with every later one unchanged.
    const [foundation, ...later] = listMigrations(MIGRATIONS_DIR);
    let sql = readFileSync(path.join(MIGRATIONS_DIR, foundation!.name, "migration.sql"), "utf8");
    sql = replaceOnce(sql, `    "venue" TEXT,\n`, "");
    sql = replaceOnce(sql, `CREATE INDEX "Meeting_position_idx" ON "Meeting"("position");`, "");
    sql = replaceOnce(sql, `"startsOn" DATE,`, `"startsOn" TIMESTAMP(3),`);
    sql = replaceOnce(sql, `"locale" "Locale" NOT NULL DEFAULT 'en',`, `"locale" "Locale",`);
    sql = replaceOnce(sql, `, 'REGIONAL_PREPARATORY');`, `);`);
    sql = replaceOnce(sql, `CREATE UNIQUE INDEX "User_email_key"`, `CREATE INDEX "User_email_key"`);
    sql = replaceOnce(sql, `"portfolio" TEXT NOT NULL,`, `"portfolio" TEXT NOT NULL,\n    "extra" INTEGER,`);
    sql = replaceOnce(
      sql,
      `FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE`,
      `FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT`,
    );
    sql = replaceOnce(sql, `CONSTRAINT "SourceNote_pkey" PRIMARY KEY ("number")`, `CONSTRAINT "SourceNote_pk" PRIMARY KEY ("number")`);
    await db.client.exec(sql);
    for (const migration of later) await db.client.exec(migration.sql);

    expect(await schemaDrift(db.client)).toEqual([
      `enum "MeetingKind": differs — schema: HIGH_LEVEL_DIALOGUE, TECHNICAL_MEETING, REGIONAL_PREPARATORY; database: HIGH_LEVEL_DIALOGUE, TECHNICAL_MEETING`,
      `column "CooperationProject"."extra": in the database but not in the schema (integer NULL)`,
      `column "Meeting"."startsOn": type differs — schema: date; database: timestamp(3) without time zone`,
      `column "Meeting"."venue": missing from the database (schema: text NULL)`,
      `index "Meeting_position_idx" on "Meeting": missing from the database (schema: INDEX USING btree (position))`,
      `foreign key "Session_userId_fkey" on "Session": differs — schema: (userId) REFERENCES "User"(id) ON DELETE CASCADE ON UPDATE CASCADE; database: (userId) REFERENCES "User"(id) ON DELETE RESTRICT ON UPDATE CASCADE`,
      `primary key of "SourceNote": differs — schema: "SourceNote_pkey" (number); database: "SourceNote_pk" (number)`,
      `column "User"."locale": nullability differs — schema: NOT NULL; database: NULL`,
      `column "User"."locale": default differs — schema: 'en'; database: none`,
      `index "User_email_key" on "User": differs — schema: UNIQUE INDEX USING btree (email); database: INDEX USING btree (email)`,
    ]);
  });

  // The current schema uses few Prisma features; this pins down the translation for
  // the others (@map, native types, literal and list defaults, DESC and HASH
  // indexes, composite ids, non-default actions) so future schema changes are
  // compared correctly too. The SQL is what Prisma Migrate writes for this model.
  it("understands mapped names, native types, literal defaults and index options", async () => {
    const schema = `
      datasource db {
        provider = "postgresql"
      }
      enum Mood {
        HAPPY @map("happy")
        SAD
        @@map("mood")
      }
      model Gadget {
        id       Int       @id(map: "gadget_pk") @default(autoincrement())
        code     String    @map("gadget_code") @db.VarChar(20) @default("none")
        mood     Mood      @default(HAPPY)
        moods    Mood[]
        tags     String[]  @default([])
        settings Json      @default("{\\"a\\": 1}")
        ratio    Float     @default(1.5)
        shift    Int       @default(-1)
        since    DateTime  @default("2020-01-02T03:04:05Z")
        day      DateTime? @db.Date
        at       DateTime  @default(now()) @db.Timestamptz(6)
        ref      String    @default(dbgenerated("gen_random_uuid()")) @db.Uuid
        price    Decimal   @db.Decimal(10, 2)
        touched  DateTime  @updatedAt
        words    Unsupported("tsvector")? @map("search_words")
        parts    Part[]

        @@unique([code, mood], map: "gadget_code_mood")
        @@index([words], type: Gin)
        @@index([code(sort: Desc), shift])
        @@index([shift], type: Hash)
        @@map("gadgets")
      }
      model Part {
        gadgetId Int
        n        Int
        gadget   Gadget @relation(fields: [gadgetId], references: [id], onUpdate: NoAction)

        @@id([gadgetId, n])
      }`;
    await db.client.exec(`
      CREATE TYPE "mood" AS ENUM ('happy', 'SAD');
      CREATE TABLE "gadgets" (
          "id" SERIAL NOT NULL,
          "gadget_code" VARCHAR(20) NOT NULL DEFAULT 'none',
          "mood" "mood" NOT NULL DEFAULT 'happy',
          "moods" "mood"[],
          "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
          "settings" JSONB NOT NULL DEFAULT '{"a": 1}',
          "ratio" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
          "shift" INTEGER NOT NULL DEFAULT -1,
          "since" TIMESTAMP(3) NOT NULL DEFAULT '2020-01-02 03:04:05 +00:00',
          "day" DATE,
          "at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
          "ref" UUID NOT NULL DEFAULT gen_random_uuid(),
          "price" DECIMAL(10,2) NOT NULL,
          "touched" TIMESTAMP(3) NOT NULL,
          "search_words" tsvector,
          CONSTRAINT "gadget_pk" PRIMARY KEY ("id")
      );
      CREATE TABLE "Part" (
          "gadgetId" INTEGER NOT NULL,
          "n" INTEGER NOT NULL,
          CONSTRAINT "Part_pkey" PRIMARY KEY ("gadgetId","n")
      );
      CREATE UNIQUE INDEX "gadget_code_mood" ON "gadgets"("gadget_code", "mood");
      CREATE INDEX "gadgets_gadget_code_shift_idx" ON "gadgets"("gadget_code" DESC, "shift");
      CREATE INDEX "gadgets_shift_idx" ON "gadgets" USING HASH ("shift");
      CREATE INDEX "gadgets_search_words_idx" ON "gadgets" USING GIN ("search_words");
      ALTER TABLE "Part" ADD CONSTRAINT "Part_gadgetId_fkey" FOREIGN KEY ("gadgetId") REFERENCES "gadgets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
    `);

    const differences = await schemaDrift(db.client, schema);
    expect(differences, formatDrift(differences)).toEqual([]);

    // And the same database against a schema that disagrees on each of those points.
    const changed = schema
      .replace(`@db.VarChar(20)`, `@db.VarChar(30)`)
      .replace(`@default(-1)`, `@default(2)`)
      .replace(`code(sort: Desc)`, `code`)
      .replace(`type: Hash`, `type: BTree`)
      .replace(`Unsupported("tsvector")?`, `Unsupported("tsvector")`)
      .replace(`onUpdate: NoAction`, `onUpdate: Cascade`)
      .replace(`SAD\n`, `SAD\n        GLAD\n`);
    expect(await schemaDrift(db.client, changed)).toEqual([
      `enum "mood": differs — schema: happy, SAD, GLAD; database: happy, SAD`,
      `foreign key "Part_gadgetId_fkey" on "Part": differs — schema: (gadgetId) REFERENCES "gadgets"(id) ON DELETE RESTRICT ON UPDATE CASCADE; database: (gadgetId) REFERENCES "gadgets"(id) ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `column "gadgets"."gadget_code": type differs — schema: character varying(30); database: character varying(20)`,
      `column "gadgets"."search_words": nullability differs — schema: NOT NULL; database: NULL`,
      `column "gadgets"."shift": default differs — schema: 2; database: -1`,
      `index "gadgets_gadget_code_shift_idx" on "gadgets": differs — schema: INDEX USING btree (gadget_code, shift); database: INDEX USING btree (gadget_code DESC, shift)`,
      `index "gadgets_shift_idx" on "gadgets": differs — schema: INDEX USING btree (shift); database: INDEX USING hash (shift)`,
    ]);
  });
});
