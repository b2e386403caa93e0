-- Foundation: meeting content, delegations, people, sessions, sign-in attempts, audit log.

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('HIGH_LEVEL_DIALOGUE', 'TECHNICAL_MEETING', 'REGIONAL_PREPARATORY');

-- CreateEnum
CREATE TYPE "ConstituentGroup" AS ENUM ('GOVERNMENT', 'EMPLOYERS', 'WORKERS', 'OBSERVER');

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('HEAD_OF_DELEGATION', 'DELEGATE', 'ADVISER', 'SECRETARIAT');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('en', 'fr', 'es');

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "MeetingKind" NOT NULL,
    "title" TEXT NOT NULL,
    "venue" TEXT,
    "startsOn" DATE,
    "endsOn" DATE,
    "overallTheme" TEXT,
    "overview" TEXT[],
    "position" INTEGER NOT NULL,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Theme" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Theme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ThemeParagraph" (
    "id" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ThemeParagraph_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Instrument" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "Instrument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ThemeInstrument" (
    "themeId" TEXT NOT NULL,
    "instrumentId" TEXT NOT NULL,

    CONSTRAINT "ThemeInstrument_pkey" PRIMARY KEY ("themeId","instrumentId")
);

-- CreateTable
CREATE TABLE "SourceNote" (
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "SourceNote_pkey" PRIMARY KEY ("number")
);

-- CreateTable
CREATE TABLE "KeyFigure" (
    "id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "figure" TEXT NOT NULL,
    "noteNumber" INTEGER,

    CONSTRAINT "KeyFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CooperationProject" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "portfolio" TEXT NOT NULL,

    CONSTRAINT "CooperationProject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delegation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "group" "ConstituentGroup" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Delegation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "UserRole" NOT NULL,
    "delegationId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "locale" "Locale" NOT NULL DEFAULT 'en',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id"),
    -- The secretariat belongs to no delegation; everyone else belongs to exactly one.
    CONSTRAINT "User_delegation_matches_role" CHECK (("role" = 'SECRETARIAT') = ("delegationId" IS NULL)),
    CONSTRAINT "User_email_lowercase" CHECK ("email" = lower("email"))
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "actorId" TEXT,
    "delegationId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "summary" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_slug_key" ON "Meeting"("slug");

-- CreateIndex
CREATE INDEX "Meeting_position_idx" ON "Meeting"("position");

-- CreateIndex
CREATE INDEX "Theme_meetingId_position_idx" ON "Theme"("meetingId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Theme_meetingId_code_key" ON "Theme"("meetingId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "ThemeParagraph_themeId_position_key" ON "ThemeParagraph"("themeId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Instrument_code_key" ON "Instrument"("code");

-- CreateIndex
CREATE INDEX "ThemeInstrument_instrumentId_idx" ON "ThemeInstrument"("instrumentId");

-- CreateIndex
CREATE UNIQUE INDEX "KeyFigure_position_key" ON "KeyFigure"("position");

-- CreateIndex
CREATE INDEX "KeyFigure_noteNumber_idx" ON "KeyFigure"("noteNumber");

-- CreateIndex
CREATE UNIQUE INDEX "CooperationProject_title_key" ON "CooperationProject"("title");

-- CreateIndex
CREATE UNIQUE INDEX "Delegation_name_key" ON "Delegation"("name");

-- CreateIndex
CREATE INDEX "Delegation_group_idx" ON "Delegation"("group");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_delegationId_idx" ON "User"("delegationId");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_email_createdAt_idx" ON "SignInAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_address_createdAt_idx" ON "SignInAttempt"("address", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_createdAt_idx" ON "AuditLog"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_delegationId_createdAt_idx" ON "AuditLog"("delegationId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- AddForeignKey
ALTER TABLE "Theme" ADD CONSTRAINT "Theme_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeParagraph" ADD CONSTRAINT "ThemeParagraph_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeInstrument" ADD CONSTRAINT "ThemeInstrument_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeInstrument" ADD CONSTRAINT "ThemeInstrument_instrumentId_fkey" FOREIGN KEY ("instrumentId") REFERENCES "Instrument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KeyFigure" ADD CONSTRAINT "KeyFigure_noteNumber_fkey" FOREIGN KEY ("noteNumber") REFERENCES "SourceNote"("number") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
