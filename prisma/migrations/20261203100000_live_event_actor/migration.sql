-- Live updates (issue 11): an event records who made the change, where the row says
-- so, so that the writer's own tabs do not announce it to them as news ("1 new
-- note" right after "Note saved", or "someone has saved a newer version" on the page
-- that just saved it). The actor stays on the server: a browser is told only whether
-- the change was its own viewer's (lib/live/stream.ts), never who else made one.
--
-- Known for: a note, a reply, an action or a comment when written (its author or
-- creator); a group position saved or moved (updatedById); a head's agreement. Not
-- for later edits of notes, replies and actions, whose rows do not name the editor:
-- those are announced as "updated" to everyone, the editor included.

ALTER TABLE "LiveEvent" ADD COLUMN "actorId" TEXT;

CREATE FUNCTION live_publish(
    p_kind TEXT, p_subject TEXT, p_theme TEXT, p_parent TEXT,
    p_scope "Scope", p_group "ConstituentGroup", p_delegation TEXT, p_user TEXT, p_status TEXT, p_actor TEXT
) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    ev "LiveEvent";
BEGIN
    INSERT INTO "LiveEvent" ("kind", "subjectId", "themeId", "parentId", "scope", "group", "delegationId", "userId", "status", "actorId")
    VALUES (p_kind, p_subject, p_theme, p_parent, p_scope, p_group, p_delegation, p_user, p_status, p_actor)
    RETURNING * INTO ev;
    PERFORM pg_notify('live_events', json_build_object(
        'id', ev."id"::text, 'kind', ev."kind", 'subjectId', ev."subjectId", 'themeId', ev."themeId",
        'parentId', ev."parentId", 'scope', ev."scope", 'group', ev."group",
        'delegationId', ev."delegationId", 'userId', ev."userId", 'status', ev."status",
        'actorId', ev."actorId")::text);
    IF ev."id" % 500 = 0 THEN
        DELETE FROM "LiveEvent" WHERE "createdAt" < CURRENT_TIMESTAMP - INTERVAL '1 day';
    END IF;
END $$;

-- The nine-argument form (kinds with no actor) now passes on to the one above.
CREATE OR REPLACE FUNCTION live_publish(
    p_kind TEXT, p_subject TEXT, p_theme TEXT, p_parent TEXT,
    p_scope "Scope", p_group "ConstituentGroup", p_delegation TEXT, p_user TEXT, p_status TEXT
) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM live_publish(p_kind, p_subject, p_theme, p_parent, p_scope, p_group, p_delegation, p_user, p_status, NULL::text);
END $$;

CREATE OR REPLACE FUNCTION live_on_annotation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM live_publish(CASE TG_OP WHEN 'INSERT' THEN 'note.created' ELSE 'note.updated' END,
        NEW."id", NEW."themeId", NULL, NEW."scope", NEW."group", NEW."delegationId", NULL, NULL,
        CASE TG_OP WHEN 'INSERT' THEN NEW."authorId" END);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION live_on_reply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    note RECORD;
BEGIN
    SELECT "themeId", "scope", "group", "delegationId" INTO note FROM "Annotation" WHERE "id" = NEW."annotationId";
    PERFORM live_publish(CASE TG_OP WHEN 'INSERT' THEN 'reply.created' ELSE 'reply.updated' END,
        NEW."id", note."themeId", NEW."annotationId", note."scope", note."group", note."delegationId", NULL, NULL,
        CASE TG_OP WHEN 'INSERT' THEN NEW."authorId" END);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION live_on_action() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM live_publish(CASE TG_OP WHEN 'INSERT' THEN 'action.created' ELSE 'action.updated' END,
        NEW."id", NEW."themeId", NULL, NEW."scope", NEW."group", NEW."delegationId", NULL, NULL,
        CASE TG_OP WHEN 'INSERT' THEN NEW."creatorId" END);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION live_on_action_comment() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    act RECORD;
BEGIN
    SELECT "themeId", "scope", "group", "delegationId" INTO act FROM "FollowUpAction" WHERE "id" = NEW."actionId";
    PERFORM live_publish('action.commented', NEW."actionId", act."themeId", NULL, act."scope", act."group", act."delegationId", NULL, NULL,
        CASE TG_OP WHEN 'INSERT' THEN NEW."authorId" END);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION live_on_position() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW."status" IS DISTINCT FROM OLD."status" THEN
        PERFORM live_publish('position.status', NEW."id", NEW."themeId", NULL, NULL, NEW."group", NULL, NULL, NEW."status"::text, NEW."updatedById");
    END IF;
    IF TG_OP = 'INSERT' OR NEW."revision" IS DISTINCT FROM OLD."revision" OR NEW."body" IS DISTINCT FROM OLD."body" THEN
        PERFORM live_publish('position.saved', NEW."id", NEW."themeId", NULL, NULL, NEW."group", NULL, NULL, NEW."status"::text, NEW."updatedById");
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION live_on_position_agreement() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    pos RECORD;
BEGIN
    SELECT "themeId", "group", "status" INTO pos FROM "GroupPosition" WHERE "id" = NEW."positionId";
    PERFORM live_publish('position.agreement', NEW."positionId", pos."themeId", NULL, NULL, pos."group", NULL, NULL, pos."status"::text, NEW."userId");
    RETURN NULL;
END $$;
