-- Markdown rendered once, at write time: each displayed Markdown source gets its safe
-- HTML beside it and the renderer version that produced it. Existing rows start at
-- version 0 (stale): SQL cannot run the renderer, so `npm run db:migrate` re-renders
-- them right after the migrations (lib/markdown/rerender.ts), and until then a page
-- renders a stale row on the fly instead of showing its empty HTML.
ALTER TABLE "Annotation" ADD COLUMN "bodyHtml" TEXT NOT NULL DEFAULT '', ADD COLUMN "renderVersion" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "AnnotationReply" ADD COLUMN "bodyHtml" TEXT NOT NULL DEFAULT '', ADD COLUMN "renderVersion" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "AnnotationRevision" ADD COLUMN "bodyHtml" TEXT NOT NULL DEFAULT '', ADD COLUMN "renderVersion" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "FollowUpAction" ADD COLUMN "descriptionHtml" TEXT NOT NULL DEFAULT '', ADD COLUMN "renderVersion" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "ActionComment" ADD COLUMN "bodyHtml" TEXT NOT NULL DEFAULT '', ADD COLUMN "renderVersion" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "GroupPosition" ADD COLUMN "bodyHtml" TEXT NOT NULL DEFAULT '', ADD COLUMN "renderVersion" INTEGER NOT NULL DEFAULT 0;
