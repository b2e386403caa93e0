-- Collaboration: notifications, annotations (notes on themes with threads),
-- follow-up actions, group positions and stances.

-- CreateEnum
CREATE TYPE "Scope" AS ENUM ('DELEGATION', 'GROUP', 'ALL');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE', 'BLOCKED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ActionPriority" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- CreateEnum
CREATE TYPE "PositionStatus" AS ENUM ('DRAFT', 'AGREED', 'DELIVERED');

-- CreateEnum
CREATE TYPE "StanceValue" AS ENUM ('SUPPORT', 'SUPPORT_WITH_AMENDMENTS', 'OPPOSE', 'UNDECIDED');

-- AlterTable
ALTER TABLE "User" ADD COLUMN "maySetStance" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "href" TEXT NOT NULL,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Annotation" (
    "id" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,
    "group" "ConstituentGroup" NOT NULL,
    "scope" "Scope" NOT NULL,
    "body" TEXT NOT NULL,
    "tags" TEXT[],
    "paragraphId" TEXT,
    "quoteExact" TEXT,
    "quotePrefix" TEXT,
    "quoteSuffix" TEXT,
    "positionStart" INTEGER,
    "positionEnd" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "editedAt" TIMESTAMP(3),
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" TEXT,
    "hiddenAt" TIMESTAMP(3),
    "hiddenById" TEXT,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Annotation_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Annotation_body_length" CHECK (char_length("body") BETWEEN 1 AND 10000),
    CONSTRAINT "Annotation_quote_length" CHECK ("quoteExact" IS NULL OR char_length("quoteExact") <= 2000),
    CONSTRAINT "Annotation_tag_count" CHECK (cardinality("tags") <= 20)
);

-- CreateTable
CREATE TABLE "AnnotationReply" (
    "id" TEXT NOT NULL,
    "annotationId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "editedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnnotationReply_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "AnnotationReply_body_length" CHECK (char_length("body") BETWEEN 1 AND 10000)
);

-- CreateTable
CREATE TABLE "AnnotationRevision" (
    "id" TEXT NOT NULL,
    "annotationId" TEXT,
    "replyId" TEXT,
    "body" TEXT NOT NULL,
    "editedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnnotationRevision_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "AnnotationRevision_one_target" CHECK (("annotationId" IS NULL) <> ("replyId" IS NULL))
);

-- CreateTable
CREATE TABLE "AnnotationReadMark" (
    "userId" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnnotationReadMark_pkey" PRIMARY KEY ("userId","themeId")
);

-- CreateTable
CREATE TABLE "FollowUpAction" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "meetingId" TEXT,
    "themeId" TEXT,
    "annotationId" TEXT,
    "scope" "Scope" NOT NULL,
    "delegationId" TEXT NOT NULL,
    "group" "ConstituentGroup" NOT NULL,
    "creatorId" TEXT NOT NULL,
    "assigneeId" TEXT,
    "dueOn" DATE,
    "priority" "ActionPriority" NOT NULL DEFAULT 'MEDIUM',
    "status" "ActionStatus" NOT NULL DEFAULT 'OPEN',
    "blockedReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FollowUpAction_pkey" PRIMARY KEY ("id"),
    -- Actions belong to a delegation or a group; "all participants" is for notes only.
    CONSTRAINT "FollowUpAction_scope_not_all" CHECK ("scope" <> 'ALL'),
    CONSTRAINT "FollowUpAction_title_length" CHECK (char_length("title") BETWEEN 1 AND 200)
);

-- CreateTable
CREATE TABLE "ActionEvent" (
    "id" BIGSERIAL NOT NULL,
    "actionId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "changes" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionComment" (
    "id" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarFeedToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "CalendarFeedToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupPosition" (
    "id" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,
    "group" "ConstituentGroup" NOT NULL,
    "status" "PositionStatus" NOT NULL DEFAULT 'DRAFT',
    "body" TEXT NOT NULL DEFAULT '',
    "revision" INTEGER NOT NULL DEFAULT 0,
    "updatedById" TEXT,
    "agreedAt" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GroupPosition_pkey" PRIMARY KEY ("id"),
    -- Observers take part in discussion but hold no group position.
    CONSTRAINT "GroupPosition_group_not_observer" CHECK ("group" <> 'OBSERVER')
);

-- CreateTable
CREATE TABLE "PositionRevision" (
    "id" TEXT NOT NULL,
    "positionId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "status" "PositionStatus" NOT NULL,
    "authorId" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,
    "restoredFrom" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PositionRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PositionAgreement" (
    "positionId" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PositionAgreement_pkey" PRIMARY KEY ("positionId","delegationId")
);

-- CreateTable
CREATE TABLE "Stance" (
    "id" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,
    "value" "StanceValue" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "setById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Stance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StanceChange" (
    "id" BIGSERIAL NOT NULL,
    "stanceId" TEXT NOT NULL,
    "value" "StanceValue" NOT NULL,
    "note" TEXT NOT NULL,
    "setById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StanceChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "Annotation_themeId_scope_group_idx" ON "Annotation"("themeId", "scope", "group");

-- CreateIndex
CREATE INDEX "Annotation_themeId_scope_delegationId_idx" ON "Annotation"("themeId", "scope", "delegationId");

-- CreateIndex
CREATE INDEX "Annotation_themeId_createdAt_idx" ON "Annotation"("themeId", "createdAt");

-- CreateIndex
CREATE INDEX "Annotation_authorId_idx" ON "Annotation"("authorId");

-- CreateIndex
CREATE INDEX "Annotation_tags_idx" ON "Annotation" USING GIN ("tags");

-- CreateIndex
CREATE INDEX "AnnotationReply_annotationId_createdAt_idx" ON "AnnotationReply"("annotationId", "createdAt");

-- CreateIndex
CREATE INDEX "AnnotationReply_authorId_idx" ON "AnnotationReply"("authorId");

-- CreateIndex
CREATE INDEX "AnnotationRevision_annotationId_createdAt_idx" ON "AnnotationRevision"("annotationId", "createdAt");

-- CreateIndex
CREATE INDEX "AnnotationRevision_replyId_createdAt_idx" ON "AnnotationRevision"("replyId", "createdAt");

-- CreateIndex
CREATE INDEX "FollowUpAction_scope_delegationId_status_idx" ON "FollowUpAction"("scope", "delegationId", "status");

-- CreateIndex
CREATE INDEX "FollowUpAction_scope_group_status_idx" ON "FollowUpAction"("scope", "group", "status");

-- CreateIndex
CREATE INDEX "FollowUpAction_assigneeId_status_idx" ON "FollowUpAction"("assigneeId", "status");

-- CreateIndex
CREATE INDEX "FollowUpAction_dueOn_idx" ON "FollowUpAction"("dueOn");

-- CreateIndex
CREATE INDEX "FollowUpAction_themeId_idx" ON "FollowUpAction"("themeId");

-- CreateIndex
CREATE INDEX "FollowUpAction_meetingId_idx" ON "FollowUpAction"("meetingId");

-- CreateIndex
CREATE INDEX "FollowUpAction_annotationId_idx" ON "FollowUpAction"("annotationId");

-- CreateIndex
CREATE INDEX "ActionEvent_actionId_createdAt_idx" ON "ActionEvent"("actionId", "createdAt");

-- CreateIndex
CREATE INDEX "ActionComment_actionId_createdAt_idx" ON "ActionComment"("actionId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeedToken_tokenHash_key" ON "CalendarFeedToken"("tokenHash");

-- CreateIndex
CREATE INDEX "CalendarFeedToken_userId_idx" ON "CalendarFeedToken"("userId");

-- CreateIndex
CREATE INDEX "GroupPosition_group_status_idx" ON "GroupPosition"("group", "status");

-- CreateIndex
CREATE UNIQUE INDEX "GroupPosition_themeId_group_key" ON "GroupPosition"("themeId", "group");

-- CreateIndex
CREATE UNIQUE INDEX "PositionRevision_positionId_number_key" ON "PositionRevision"("positionId", "number");

-- CreateIndex
CREATE INDEX "Stance_delegationId_idx" ON "Stance"("delegationId");

-- CreateIndex
CREATE UNIQUE INDEX "Stance_themeId_delegationId_key" ON "Stance"("themeId", "delegationId");

-- CreateIndex
CREATE INDEX "StanceChange_stanceId_createdAt_idx" ON "StanceChange"("stanceId", "createdAt");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_paragraphId_fkey" FOREIGN KEY ("paragraphId") REFERENCES "ThemeParagraph"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnotationReply" ADD CONSTRAINT "AnnotationReply_annotationId_fkey" FOREIGN KEY ("annotationId") REFERENCES "Annotation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnotationReply" ADD CONSTRAINT "AnnotationReply_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnotationReply" ADD CONSTRAINT "AnnotationReply_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnotationRevision" ADD CONSTRAINT "AnnotationRevision_annotationId_fkey" FOREIGN KEY ("annotationId") REFERENCES "Annotation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnotationRevision" ADD CONSTRAINT "AnnotationRevision_replyId_fkey" FOREIGN KEY ("replyId") REFERENCES "AnnotationReply"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpAction" ADD CONSTRAINT "FollowUpAction_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpAction" ADD CONSTRAINT "FollowUpAction_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpAction" ADD CONSTRAINT "FollowUpAction_annotationId_fkey" FOREIGN KEY ("annotationId") REFERENCES "Annotation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpAction" ADD CONSTRAINT "FollowUpAction_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpAction" ADD CONSTRAINT "FollowUpAction_creatorId_fkey" FOREIGN KEY ("creatorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpAction" ADD CONSTRAINT "FollowUpAction_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionEvent" ADD CONSTRAINT "ActionEvent_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "FollowUpAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionEvent" ADD CONSTRAINT "ActionEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionComment" ADD CONSTRAINT "ActionComment_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "FollowUpAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionComment" ADD CONSTRAINT "ActionComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionComment" ADD CONSTRAINT "ActionComment_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeedToken" ADD CONSTRAINT "CalendarFeedToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupPosition" ADD CONSTRAINT "GroupPosition_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionRevision" ADD CONSTRAINT "PositionRevision_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "GroupPosition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionRevision" ADD CONSTRAINT "PositionRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionRevision" ADD CONSTRAINT "PositionRevision_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionAgreement" ADD CONSTRAINT "PositionAgreement_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "GroupPosition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionAgreement" ADD CONSTRAINT "PositionAgreement_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionAgreement" ADD CONSTRAINT "PositionAgreement_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Stance" ADD CONSTRAINT "Stance_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Stance" ADD CONSTRAINT "Stance_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Stance" ADD CONSTRAINT "Stance_setById_fkey" FOREIGN KEY ("setById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StanceChange" ADD CONSTRAINT "StanceChange_stanceId_fkey" FOREIGN KEY ("stanceId") REFERENCES "Stance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StanceChange" ADD CONSTRAINT "StanceChange_setById_fkey" FOREIGN KEY ("setById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
