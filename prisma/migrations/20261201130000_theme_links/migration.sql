-- From the High-level Dialogue to the technical meeting: a technical-meeting theme
-- follows up one or more roundtables (set by the secretariat); a group's position
-- text may be carried from a roundtable to the theme that follows it up, once; and
-- a note copied there keeps a link to the original thread.

-- CreateTable
CREATE TABLE "ThemeLink" (
    "themeId" TEXT NOT NULL,
    "sourceThemeId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ThemeLink_pkey" PRIMARY KEY ("themeId","sourceThemeId")
);

-- CreateTable
CREATE TABLE "PositionCarry" (
    "id" TEXT NOT NULL,
    "sourcePositionId" TEXT NOT NULL,
    "sourceRevision" INTEGER NOT NULL,
    "targetPositionId" TEXT NOT NULL,
    "targetRevision" INTEGER NOT NULL,
    "carriedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PositionCarry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ThemeLink_sourceThemeId_idx" ON "ThemeLink"("sourceThemeId");

-- CreateIndex
CREATE UNIQUE INDEX "PositionCarry_sourcePositionId_targetPositionId_key" ON "PositionCarry"("sourcePositionId", "targetPositionId");

-- CreateIndex
CREATE INDEX "PositionCarry_targetPositionId_idx" ON "PositionCarry"("targetPositionId");

-- AddForeignKey
ALTER TABLE "ThemeLink" ADD CONSTRAINT "ThemeLink_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeLink" ADD CONSTRAINT "ThemeLink_sourceThemeId_fkey" FOREIGN KEY ("sourceThemeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionCarry" ADD CONSTRAINT "PositionCarry_sourcePositionId_fkey" FOREIGN KEY ("sourcePositionId") REFERENCES "GroupPosition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionCarry" ADD CONSTRAINT "PositionCarry_targetPositionId_fkey" FOREIGN KEY ("targetPositionId") REFERENCES "GroupPosition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionCarry" ADD CONSTRAINT "PositionCarry_carriedById_fkey" FOREIGN KEY ("carriedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A note carried from a roundtable links back to the original thread.
-- AlterTable
ALTER TABLE "Annotation" ADD COLUMN "carriedFromId" TEXT;

-- CreateIndex
CREATE INDEX "Annotation_carriedFromId_idx" ON "Annotation"("carriedFromId");

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_carriedFromId_fkey" FOREIGN KEY ("carriedFromId") REFERENCES "Annotation"("id") ON DELETE SET NULL ON UPDATE CASCADE;
