-- The language of the rest of what people write (issue 16, after 20261202120000_content_language):
-- group positions, comments on actions, and the note of a stance,
-- so every piece of user text carries its `lang`. The same detection at write time
-- (content_language: the text's little words, else its author's interface language).
ALTER TABLE "GroupPosition" ADD COLUMN "language" "Locale";
ALTER TABLE "ActionComment" ADD COLUMN "language" "Locale";
ALTER TABLE "Stance" ADD COLUMN "language" "Locale";

-- One trigger function for the three tables: TG_ARGV names the text column and the
-- column of the person who wrote it (read through to_jsonb, as plpgsql cannot name a
-- column of NEW by a variable).
CREATE FUNCTION content_language_on_write() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  written CONSTANT jsonb := to_jsonb(NEW);
BEGIN
  NEW."language" := content_language(written ->> TG_ARGV[0], written ->> TG_ARGV[1]);
  RETURN NEW;
END
$$;

CREATE TRIGGER "GroupPosition_language" BEFORE INSERT OR UPDATE OF "body" ON "GroupPosition"
  FOR EACH ROW EXECUTE FUNCTION content_language_on_write('body', 'updatedById');
CREATE TRIGGER "ActionComment_language" BEFORE INSERT OR UPDATE OF "body" ON "ActionComment"
  FOR EACH ROW EXECUTE FUNCTION content_language_on_write('body', 'authorId');
CREATE TRIGGER "Stance_language" BEFORE INSERT OR UPDATE OF "note" ON "Stance"
  FOR EACH ROW EXECUTE FUNCTION content_language_on_write('note', 'setById');

-- What was written before this migration.
UPDATE "GroupPosition" SET "language" = content_language("body", "updatedById");
UPDATE "ActionComment" SET "language" = content_language("body", "authorId");
UPDATE "Stance" SET "language" = content_language("note", "setById");
