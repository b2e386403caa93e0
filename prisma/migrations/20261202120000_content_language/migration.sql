-- The language each note, reply and follow-up action is written in (issue 16), so the
-- page can mark it (`lang`) and a screen reader reads it with the right voice whatever
-- the interface language. Recorded at write time, in the statement that writes the
-- text, by the same detection search uses (search_language, 20261201100000_search):
-- the language whose most frequent little words the text uses most. A text too short
-- to tell (“Agreed.”) takes its author's interface language at that moment, the best
-- guess left. A column rather than a read of "SearchDocument"."language": the pages
-- read it with the row they already load, with no join to a table Prisma has no
-- relation to, and a theme page stays at the same round trips.
ALTER TABLE "Annotation" ADD COLUMN "language" "Locale";
ALTER TABLE "AnnotationReply" ADD COLUMN "language" "Locale";
ALTER TABLE "FollowUpAction" ADD COLUMN "language" "Locale";

CREATE FUNCTION content_language(doc text, author_id text) RETURNS "Locale"
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(search_language(doc), (SELECT u."locale" FROM "User" u WHERE u."id" = author_id))
$$;

CREATE FUNCTION annotation_language_on_write() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."language" := content_language(NEW."body", NEW."authorId");
  RETURN NEW;
END
$$;

CREATE FUNCTION action_language_on_write() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."language" := content_language(NEW."title" || E'\n' || NEW."description", NEW."creatorId");
  RETURN NEW;
END
$$;

CREATE TRIGGER "Annotation_language" BEFORE INSERT OR UPDATE OF "body" ON "Annotation"
  FOR EACH ROW EXECUTE FUNCTION annotation_language_on_write();
CREATE TRIGGER "AnnotationReply_language" BEFORE INSERT OR UPDATE OF "body" ON "AnnotationReply"
  FOR EACH ROW EXECUTE FUNCTION annotation_language_on_write();
CREATE TRIGGER "FollowUpAction_language" BEFORE INSERT OR UPDATE OF "title", "description" ON "FollowUpAction"
  FOR EACH ROW EXECUTE FUNCTION action_language_on_write();

-- What was written before this migration.
UPDATE "Annotation" SET "language" = content_language("body", "authorId");
UPDATE "AnnotationReply" SET "language" = content_language("body", "authorId");
UPDATE "FollowUpAction" SET "language" = content_language("title" || E'\n' || "description", "creatorId");
