-- Live updates (issue 11): every committed write that others may need to see
-- publishes a small event, written by triggers in the statement that changes the
-- source row, so it is part of the writer's transaction: a rolled-back write
-- publishes nothing, and no code path can forget to publish.
--
-- An event carries ids, a kind and the audience the row had when it was written
-- (scope, group, delegation, person, position status) — never text. The audience
-- lets each app instance decide which of its open streams may hear of it with the
-- rules of lib/authz/visibility.ts, without a query per event. It is kept in
-- "LiveEvent" (a stream that reconnects resumes after its Last-Event-ID, on any
-- instance, across database restarts) and sent with pg_notify on the channel
-- live_events, which PostgreSQL delivers at commit, in commit order, to every
-- instance's LISTEN connection. Rows older than a day are pruned as new ones arrive.

CREATE TABLE "LiveEvent" (
    "id" BIGSERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "themeId" TEXT,
    "parentId" TEXT,
    "scope" "Scope",
    "group" "ConstituentGroup",
    "delegationId" TEXT,
    "userId" TEXT,
    "status" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveEvent_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "LiveEvent_createdAt_idx" ON "LiveEvent"("createdAt");

-- One event: stored, then announced. The payload is the stored row as JSON (well
-- under pg_notify's 8000 bytes: ids only).
CREATE FUNCTION live_publish(
    p_kind TEXT, p_subject TEXT, p_theme TEXT, p_parent TEXT,
    p_scope "Scope", p_group "ConstituentGroup", p_delegation TEXT, p_user TEXT, p_status TEXT
) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    ev "LiveEvent";
BEGIN
    INSERT INTO "LiveEvent" ("kind", "subjectId", "themeId", "parentId", "scope", "group", "delegationId", "userId", "status")
    VALUES (p_kind, p_subject, p_theme, p_parent, p_scope, p_group, p_delegation, p_user, p_status)
    RETURNING * INTO ev;
    PERFORM pg_notify('live_events', json_build_object(
        'id', ev."id"::text, 'kind', ev."kind", 'subjectId', ev."subjectId", 'themeId', ev."themeId",
        'parentId', ev."parentId", 'scope', ev."scope", 'group', ev."group",
        'delegationId', ev."delegationId", 'userId', ev."userId", 'status', ev."status")::text);
    -- Now and then, forget what no reconnecting stream can still ask for.
    IF ev."id" % 500 = 0 THEN
        DELETE FROM "LiveEvent" WHERE "createdAt" < CURRENT_TIMESTAMP - INTERVAL '1 day';
    END IF;
END $$;

-- Notes: created, edited, resolved/reopened, deleted, hidden, re-tagged.
CREATE FUNCTION live_on_annotation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM live_publish(CASE TG_OP WHEN 'INSERT' THEN 'note.created' ELSE 'note.updated' END,
        NEW."id", NEW."themeId", NULL, NEW."scope", NEW."group", NEW."delegationId", NULL, NULL);
    RETURN NULL;
END $$;

-- Replies inherit their note's scope (and theme).
CREATE FUNCTION live_on_reply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    note RECORD;
BEGIN
    SELECT "themeId", "scope", "group", "delegationId" INTO note FROM "Annotation" WHERE "id" = NEW."annotationId";
    PERFORM live_publish(CASE TG_OP WHEN 'INSERT' THEN 'reply.created' ELSE 'reply.updated' END,
        NEW."id", note."themeId", NEW."annotationId", note."scope", note."group", note."delegationId", NULL, NULL);
    RETURN NULL;
END $$;

-- Follow-up actions: created, any shown field changed (status, assignee, due date…), deleted.
CREATE FUNCTION live_on_action() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM live_publish(CASE TG_OP WHEN 'INSERT' THEN 'action.created' ELSE 'action.updated' END,
        NEW."id", NEW."themeId", NULL, NEW."scope", NEW."group", NEW."delegationId", NULL, NULL);
    RETURN NULL;
END $$;

-- A comment on an action reaches whoever may see the action.
CREATE FUNCTION live_on_action_comment() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    act RECORD;
BEGIN
    SELECT "themeId", "scope", "group", "delegationId" INTO act FROM "FollowUpAction" WHERE "id" = NEW."actionId";
    PERFORM live_publish('action.commented', NEW."actionId", act."themeId", NULL, act."scope", act."group", act."delegationId", NULL, NULL);
    RETURN NULL;
END $$;

-- Group positions: a saved text, or a status moved (the secretariat's matrix shows
-- statuses, so the two kinds differ in who may hear of them).
CREATE FUNCTION live_on_position() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW."status" IS DISTINCT FROM OLD."status" THEN
        PERFORM live_publish('position.status', NEW."id", NEW."themeId", NULL, NULL, NEW."group", NULL, NULL, NEW."status"::text);
    END IF;
    IF TG_OP = 'INSERT' OR NEW."revision" IS DISTINCT FROM OLD."revision" OR NEW."body" IS DISTINCT FROM OLD."body" THEN
        PERFORM live_publish('position.saved', NEW."id", NEW."themeId", NULL, NULL, NEW."group", NULL, NULL, NEW."status"::text);
    END IF;
    RETURN NULL;
END $$;

-- A head of delegation agreed to a revision (shown on the position's page).
CREATE FUNCTION live_on_position_agreement() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    pos RECORD;
BEGIN
    SELECT "themeId", "group", "status" INTO pos FROM "GroupPosition" WHERE "id" = NEW."positionId";
    PERFORM live_publish('position.agreement', NEW."positionId", pos."themeId", NULL, NULL, pos."group", NULL, NULL, pos."status"::text);
    RETURN NULL;
END $$;

-- A delegation's stance: for the delegations of its group.
CREATE FUNCTION live_on_stance() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    grp "ConstituentGroup";
BEGIN
    SELECT "group" INTO grp FROM "Delegation" WHERE "id" = NEW."delegationId";
    PERFORM live_publish('stance.set', NEW."id", NEW."themeId", NULL, NULL, grp, NEW."delegationId", NULL, NULL);
    RETURN NULL;
END $$;

-- Notifications: for their one reader (the header's badge).
CREATE FUNCTION live_on_notification() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM live_publish(CASE TG_OP WHEN 'INSERT' THEN 'notification.created' ELSE 'notification.read' END,
        NEW."id", NULL, NULL, NULL, NULL, NULL, NEW."userId", NULL);
    RETURN NULL;
END $$;

-- UPDATE triggers name the columns a person sees change, so re-rendering stored
-- Markdown (bodyHtml, renderVersion) or re-anchoring offsets publishes nothing.
CREATE TRIGGER "Annotation_live_insert" AFTER INSERT ON "Annotation" FOR EACH ROW EXECUTE FUNCTION live_on_annotation();
CREATE TRIGGER "Annotation_live_update" AFTER UPDATE OF "body", "tags", "resolvedAt", "deletedAt", "hiddenAt", "paragraphId" ON "Annotation" FOR EACH ROW EXECUTE FUNCTION live_on_annotation();
CREATE TRIGGER "AnnotationReply_live_insert" AFTER INSERT ON "AnnotationReply" FOR EACH ROW EXECUTE FUNCTION live_on_reply();
CREATE TRIGGER "AnnotationReply_live_update" AFTER UPDATE OF "body", "deletedAt" ON "AnnotationReply" FOR EACH ROW EXECUTE FUNCTION live_on_reply();
CREATE TRIGGER "FollowUpAction_live_insert" AFTER INSERT ON "FollowUpAction" FOR EACH ROW EXECUTE FUNCTION live_on_action();
CREATE TRIGGER "FollowUpAction_live_update" AFTER UPDATE OF "title", "description", "status", "priority", "dueOn", "assigneeId", "blockedReason", "deletedAt", "themeId", "meetingId" ON "FollowUpAction" FOR EACH ROW EXECUTE FUNCTION live_on_action();
CREATE TRIGGER "ActionComment_live_insert" AFTER INSERT ON "ActionComment" FOR EACH ROW EXECUTE FUNCTION live_on_action_comment();
CREATE TRIGGER "ActionComment_live_update" AFTER UPDATE OF "body", "deletedAt" ON "ActionComment" FOR EACH ROW EXECUTE FUNCTION live_on_action_comment();
CREATE TRIGGER "GroupPosition_live_insert" AFTER INSERT ON "GroupPosition" FOR EACH ROW EXECUTE FUNCTION live_on_position();
CREATE TRIGGER "GroupPosition_live_update" AFTER UPDATE OF "body", "status", "revision" ON "GroupPosition" FOR EACH ROW EXECUTE FUNCTION live_on_position();
CREATE TRIGGER "PositionAgreement_live_insert" AFTER INSERT ON "PositionAgreement" FOR EACH ROW EXECUTE FUNCTION live_on_position_agreement();
CREATE TRIGGER "Stance_live_insert" AFTER INSERT ON "Stance" FOR EACH ROW EXECUTE FUNCTION live_on_stance();
CREATE TRIGGER "Stance_live_update" AFTER UPDATE OF "value", "note" ON "Stance" FOR EACH ROW EXECUTE FUNCTION live_on_stance();
CREATE TRIGGER "Notification_live_insert" AFTER INSERT ON "Notification" FOR EACH ROW EXECUTE FUNCTION live_on_notification();
CREATE TRIGGER "Notification_live_update" AFTER UPDATE OF "readAt" ON "Notification" FOR EACH ROW EXECUTE FUNCTION live_on_notification();
