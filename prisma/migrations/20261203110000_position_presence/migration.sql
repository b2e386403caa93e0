-- "Someone from your group is editing this position" (issue 11): who has a group
-- position's editor open, one row per person and position, kept in PostgreSQL so
-- that every app instance agrees. The editor page refreshes its row every 20 s and
-- removes it when it is left; a row not refreshed for 45 s no longer counts (a tab
-- closed without saying so). Keyed by theme and group, since a position nobody has
-- saved yet has no row of its own.

CREATE TABLE "PositionPresence" (
    "themeId" TEXT NOT NULL,
    "group" "ConstituentGroup" NOT NULL,
    "userId" TEXT NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PositionPresence_pkey" PRIMARY KEY ("themeId", "group", "userId")
);

CREATE INDEX "PositionPresence_userId_idx" ON "PositionPresence"("userId");

ALTER TABLE "PositionPresence" ADD CONSTRAINT "PositionPresence_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PositionPresence" ADD CONSTRAINT "PositionPresence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A live event when someone starts editing (a new row, or one that had lapsed) or
-- stops: for the members of the group (lib/authz/visibility.ts), with the person
-- as actor, so that their own tabs do not announce it to them.
CREATE FUNCTION live_on_position_presence() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM live_publish('position.presence', OLD."themeId", OLD."themeId", NULL, NULL, OLD."group", NULL, NULL, NULL, OLD."userId");
    ELSE
        PERFORM live_publish('position.presence', NEW."themeId", NEW."themeId", NULL, NULL, NEW."group", NULL, NULL, NULL, NEW."userId");
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER "PositionPresence_live_insert" AFTER INSERT OR DELETE ON "PositionPresence" FOR EACH ROW EXECUTE FUNCTION live_on_position_presence();
CREATE TRIGGER "PositionPresence_live_return" AFTER UPDATE OF "seenAt" ON "PositionPresence" FOR EACH ROW
    WHEN (OLD."seenAt" < NEW."seenAt" - INTERVAL '45 seconds') EXECUTE FUNCTION live_on_position_presence();
