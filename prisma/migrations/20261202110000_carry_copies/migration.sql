-- Carrying forward, once per target (issue 15): a note is copied to a given theme
-- only once, and an open action may now be copied (not only moved) to the theme that
-- follows its roundtable up, once, with a link back to its source. The application
-- checks first so that the person gets a clear message; these unique indexes make it
-- hold when two copies race (the loser's insert fails and gets the same message).

-- Earlier copies of one note to one theme (possible while only the application
-- checked, e.g. after deleting a copy): the latest live copy keeps its link, the
-- others lose it, so the index can be built.
UPDATE "Annotation" AS a
SET "carriedFromId" = NULL
WHERE a."carriedFromId" IS NOT NULL
  AND EXISTS (
    SELECT 1 FROM "Annotation" AS b
    WHERE b."carriedFromId" = a."carriedFromId"
      AND b."themeId" = a."themeId"
      AND (b."deletedAt" IS NULL, b."createdAt", b."id") > (a."deletedAt" IS NULL, a."createdAt", a."id")
  );

-- The unique index leads with "carriedFromId", so it serves the old index's lookups.
-- DropIndex
DROP INDEX "Annotation_carriedFromId_idx";

-- CreateIndex
CREATE UNIQUE INDEX "Annotation_carriedFromId_themeId_key" ON "Annotation"("carriedFromId", "themeId");

-- AlterTable
ALTER TABLE "FollowUpAction" ADD COLUMN "copiedFromId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "FollowUpAction_copiedFromId_themeId_key" ON "FollowUpAction"("copiedFromId", "themeId");

-- AddForeignKey
ALTER TABLE "FollowUpAction" ADD CONSTRAINT "FollowUpAction_copiedFromId_fkey" FOREIGN KEY ("copiedFromId") REFERENCES "FollowUpAction"("id") ON DELETE SET NULL ON UPDATE CASCADE;
