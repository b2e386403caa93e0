-- Search across everything a viewer may see (issue 12), with PostgreSQL full-text search.
--
-- One row of "SearchDocument" per searchable thing — a theme's background paragraph,
-- an instrument, a key figure, a note, a reply, a follow-up action, an action's
-- comment, a group position's current text, a stance's note — carrying its tsvector
-- and what decides who may read it (scope, the group it is scoped to, hidden by
-- moderation; the audience also as a lexeme of the vector) or filters it (meeting,
-- theme, author's delegation, date). Rows are written by triggers on the source
-- tables, in the statement that changes the source, so they are never out of step with
-- it: edits, soft deletes, moderation, a position's status and a delegation's group
-- included. The text itself stays in the source tables; the view
-- "search_document_source" says, in one place, what each kind of document is made of.
--
-- Languages: content is written in English, French or Spanish. Each document is
-- stemmed in its language, detected when it is written (search_language: the language
-- whose most frequent little words it uses most), in all three when the text does not
-- tell (short titles), and indexed as plain words too (`simple`: exact words,
-- prefixes, words of another language). Every configuration folds accents (unaccent),
-- so "delegation" finds "délégation". search_query builds the tsquery of what was
-- typed: each word in every language OR-ed, the words AND-ed, the last one also the
-- start of a plain word.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Text search configurations: the snowball stemmers (and `simple`) behind unaccent.
-- Only words with non-ASCII letters (word, hword, hword_part) carry accents.
CREATE TEXT SEARCH CONFIGURATION search_en (COPY = english);
ALTER TEXT SEARCH CONFIGURATION search_en ALTER MAPPING FOR word, hword, hword_part WITH unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION search_fr (COPY = french);
ALTER TEXT SEARCH CONFIGURATION search_fr ALTER MAPPING FOR word, hword, hword_part WITH unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION search_es (COPY = spanish);
ALTER TEXT SEARCH CONFIGURATION search_es ALTER MAPPING FOR word, hword, hword_part WITH unaccent, spanish_stem;
CREATE TEXT SEARCH CONFIGURATION search_simple (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION search_simple ALTER MAPPING FOR word, hword, hword_part WITH unaccent, simple;

-- CreateEnum
CREATE TYPE "SearchKind" AS ENUM ('PARAGRAPH', 'INSTRUMENT', 'KEY_FIGURE', 'NOTE', 'REPLY', 'ACTION', 'ACTION_COMMENT', 'POSITION', 'STANCE');

-- CreateTable
CREATE TABLE "SearchDocument" (
    "kind" "SearchKind" NOT NULL,
    "sourceId" TEXT NOT NULL,
    "parentId" TEXT,
    "themeId" TEXT,
    "meetingId" TEXT,
    "delegationId" TEXT,
    "authorId" TEXT,
    "scope" "Scope" NOT NULL,
    "scopeGroup" "ConstituentGroup",
    "hidden" BOOLEAN NOT NULL DEFAULT false,
    "language" "Locale",
    "vector" tsvector NOT NULL,
    "date" TIMESTAMP(3),

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("kind", "sourceId")
);

-- CreateIndex
-- The vector also holds the document's audience as one more lexeme (search_audience),
-- so a search asks the index for "these words and one of my audiences" in one scan:
-- rows the viewer may not read are never fetched, cost no time and cannot be counted
-- by mistake. Without fastupdate, every write goes into the index at once, instead of
-- a pending list that every search would have to read until a vacuum merges it:
-- writes here are few, searches many.
CREATE INDEX "SearchDocument_vector_idx" ON "SearchDocument" USING GIN ("vector") WITH (fastupdate = off);
CREATE INDEX "SearchDocument_parentId_idx" ON "SearchDocument"("parentId");
CREATE INDEX "SearchDocument_themeId_idx" ON "SearchDocument"("themeId");
CREATE INDEX "SearchDocument_meetingId_idx" ON "SearchDocument"("meetingId");
CREATE INDEX "SearchDocument_delegationId_idx" ON "SearchDocument"("delegationId");
CREATE INDEX "SearchDocument_date_idx" ON "SearchDocument"("date");

-- Text as the search reads it: the parser would take "<b>" or "x<y and z>" for an
-- HTML tag and drop it, words and all, so angle brackets are only separators here.
CREATE FUNCTION search_text(doc text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT translate(doc, '<>', '  ')
$$;

-- The language of a text: the one whose most frequent little words ("the", "les",
-- "los"; none shared between the three) it uses most in its first 3,000 characters.
-- NULL when it uses none of them, or as many of two languages'.
CREATE FUNCTION search_language(doc text) RETURNS "Locale"
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  WITH markers(lang, words) AS (VALUES
    ('en'::"Locale", ARRAY['the', 'and', 'of', 'to', 'is', 'are', 'was', 'were', 'with', 'for', 'that', 'this', 'these',
                          'those', 'which', 'be', 'by', 'it', 'as', 'will', 'should', 'would', 'has', 'have', 'not',
                          'our', 'their', 'from', 'we', 'they', 'its', 'an', 'at', 'been', 'who']),
    ('fr'::"Locale", ARRAY['les', 'des', 'est', 'et', 'une', 'pour', 'dans', 'sur', 'avec', 'qui', 'sont', 'aux', 'du',
                          'nous', 'leurs', 'leur', 'pas', 'cette', 'ces', 'au', 'ont', 'être', 'doit', 'été', 'il',
                          'elle', 'ils', 'mais', 'ou', 'où', 'très', 'sa', 'ses', 'notre', 'nos', 'vous', 'aussi']),
    ('es'::"Locale", ARRAY['los', 'las', 'del', 'el', 'y', 'es', 'una', 'por', 'para', 'con', 'al', 'su', 'sus',
                          'como', 'nuestra', 'nuestro', 'nuestros', 'debe', 'más', 'está', 'están', 'pero', 'muy',
                          'también', 'este', 'esta', 'estos', 'entre', 'sobre', 'ha', 'han', 'hay', 'fue', 'ser', 'lo'])
  ),
  hits AS (
    SELECT m.lang, sum(cardinality(v.positions)) AS n
      FROM unnest(to_tsvector('simple', search_text(left(doc, 3000)))) v
      JOIN markers m ON v.lexeme = ANY(m.words)
     GROUP BY m.lang
  )
  SELECT lang FROM hits WHERE n = (SELECT max(n) FROM hits) AND (SELECT count(*) FROM hits h WHERE h.n = hits.n) = 1
$$;

-- The stems of a text in its language, or in all three when it is not known.
CREATE FUNCTION search_stems(lang "Locale", doc text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE lang
    WHEN 'en' THEN to_tsvector('search_en', doc)
    WHEN 'fr' THEN to_tsvector('search_fr', doc)
    WHEN 'es' THEN to_tsvector('search_es', doc)
    ELSE to_tsvector('search_en', doc) || to_tsvector('search_fr', doc) || to_tsvector('search_es', doc)
  END
$$;

-- A document's vector: title (weight A) and body (B) stemmed in their language, and
-- both as plain words (A and D) for prefixes and exact words.
CREATE FUNCTION search_vector(lang "Locale", title text, body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(search_stems(lang, search_text(title)), 'A') || setweight(to_tsvector('search_simple', search_text(title)), 'A')
      || setweight(search_stems(lang, search_text(body)), 'B') || setweight(to_tsvector('search_simple', search_text(body)), 'D')
$$;

-- Who may read a document, as a lexeme of its vector: "§all", "§group:WORKERS",
-- "§delegation:<id>". No text yields a lexeme starting with "§" (the parser never
-- puts it in a word), so no one can write their way into an audience.
CREATE FUNCTION search_audience(scope "Scope", scope_group "ConstituentGroup", scope_delegation text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT '§' || CASE scope WHEN 'ALL' THEN 'all' WHEN 'GROUP' THEN 'group:' || scope_group ELSE 'delegation:' || scope_delegation END
$$;

-- A viewer's audiences ("all", "group:…", "delegation:…", lib/authz/search-visibility.ts)
-- as a tsquery that matches any of them.
CREATE FUNCTION search_audience_query(audiences text[]) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT string_agg(quote_literal('§' || replace(a, '\', '')), ' | ')::tsquery FROM unnest(audiences) a
$$;

-- The tsquery of the words typed (already split into letters and digits by the app,
-- lib/search/query-text.ts): every word in every configuration, OR-ed; the words
-- AND-ed. When `prefix_last`, the last word is also matched as the start of a plain
-- word ("recruitm" finds "recruitment"): a prefix of a stem means nothing, and each
-- prefix costs the index a range scan. plainto_tsquery reads its input as plain text,
-- so no operator in a word can reach the query's syntax. A word that is a stop word
-- in one of the languages is left out; when every word is one, they are all searched
-- as plain words. NULL when nothing is left to search for.
CREATE FUNCTION search_query(words text[], prefix_last boolean) RETURNS tsquery
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  configs CONSTANT regconfig[] := ARRAY['search_en', 'search_fr', 'search_es', 'search_simple']::regconfig[];
  n CONSTANT integer := coalesce(cardinality(words), 0);
  config regconfig;
  prefix text;
  parts text[];
  stemmed tsquery;
  plain_only tsquery;
BEGIN
  FOR i IN 1 .. n LOOP
    prefix := CASE WHEN prefix_last AND i = n THEN ':*' ELSE '' END;
    parts := ARRAY[]::text[];
    FOREACH config IN ARRAY configs LOOP
      -- A stop word here (checked on the vector, which raises no notice).
      IF to_tsvector(config, words[i]) = ''::tsvector THEN
        parts := NULL;
        EXIT;
      END IF;
      parts := parts || ('(' || plainto_tsquery(config, words[i])::text
                         || CASE WHEN config = 'search_simple'::regconfig THEN prefix ELSE '' END || ')');
    END LOOP;
    IF parts IS NOT NULL THEN
      SELECT coalesce(stemmed && x, x) INTO stemmed
        FROM (SELECT string_agg(DISTINCT p, ' | ')::tsquery AS x FROM unnest(parts) p) q;
    END IF;
    IF to_tsvector('search_simple', words[i]) <> ''::tsvector THEN
      SELECT coalesce(plain_only && x, x) INTO plain_only
        FROM (SELECT (plainto_tsquery('search_simple', words[i])::text || prefix)::tsquery AS x) q;
    END IF;
  END LOOP;
  RETURN coalesce(stemmed, plain_only);
END;
$$;

-- A snippet of `doc` around what `query` matches, the matches between U+E000 and
-- U+E001. ts_headline drops what it takes for HTML tags, so "<" and ">" travel as
-- U+E002 and U+E003; the four are removed from the text first, so a document cannot
-- forge them. The app turns the stand-ins back, escapes the snippet and only then
-- turns the markers into <mark> (lib/search/highlight.ts). In the document's language
-- first, then as plain words, for matches by prefix or in another language. `whole`:
-- the entire (short) text, every match marked.
CREATE FUNCTION search_headline(lang "Locale", doc text, query tsquery, whole boolean) RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
  clean CONSTANT text := translate(doc, '<>' || chr(57344) || chr(57345) || chr(57346) || chr(57347), chr(57346) || chr(57347));
  options CONSTANT text := format('StartSel="%s", StopSel="%s", ', chr(57344), chr(57345))
    || CASE WHEN whole THEN 'HighlightAll=true' ELSE 'MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "' END;
  config CONSTANT regconfig := CASE lang WHEN 'fr' THEN 'search_fr' WHEN 'es' THEN 'search_es' ELSE 'search_en' END::regconfig;
  headline text;
BEGIN
  IF query IS NULL OR clean = '' THEN
    RETURN CASE WHEN whole THEN clean ELSE left(clean, 240) END;
  END IF;
  headline := ts_headline(config, clean, query, options);
  IF strpos(headline, chr(57344)) = 0 THEN
    headline := ts_headline('search_simple', clean, query, options);
  END IF;
  RETURN headline;
END;
$$;

-- What each kind of document is made of, and who may read it (lib/authz/search-visibility.ts
-- applies the rules of lib/authz/visibility.ts to these columns; a test checks that the
-- two agree), and the detail a result shows (a paragraph's number, an instrument's
-- code, a comment's action, a position's status, a stance's value). Deleted notes,
-- replies, actions and comments are no document at all; a
-- reply and a comment take their scope from their note or action; a position is
-- public once delivered and its group's before; a stance is its group's.
--
-- Every branch states the type of every column: only then does PostgreSQL flatten the
-- UNION ALL and push `kind = …` and `"sourceId" = ANY(…)` down to each table's primary
-- key, so that reindexing one note reads one note.
CREATE VIEW search_document_source AS
  SELECT 'PARAGRAPH'::"SearchKind" AS kind, p.id AS "sourceId", NULL::text AS "parentId", p."themeId", t."meetingId",
         NULL::text AS "delegationId", NULL::text AS "authorId", 'ALL'::"Scope" AS scope,
         NULL::"ConstituentGroup" AS "scopeGroup", NULL::text AS "scopeDelegationId", false AS hidden,
         ''::text AS title, p.text AS body, p."updatedAt" AS date, p.position::text AS detail
    FROM "ThemeParagraph" p JOIN "Theme" t ON t.id = p."themeId"
  UNION ALL
  -- "C097" is also found as "C97"; the title says "(No. 97)".
  SELECT 'INSTRUMENT'::"SearchKind", i.id, NULL::text, NULL::text, NULL::text, NULL::text, NULL::text, 'ALL'::"Scope",
         NULL::"ConstituentGroup", NULL::text, false,
         i.code || ' ' || regexp_replace(i.code, '^([A-Z]+)0+', '\1'), i.title, NULL::timestamp(3), i.code
    FROM "Instrument" i
  UNION ALL
  SELECT 'KEY_FIGURE'::"SearchKind", k.id, NULL::text, NULL::text, NULL::text, NULL::text, NULL::text, 'ALL'::"Scope",
         NULL::"ConstituentGroup", NULL::text, false, ''::text, k.figure, NULL::timestamp(3), NULL::text
    FROM "KeyFigure" k
  UNION ALL
  SELECT 'NOTE'::"SearchKind", a.id, NULL::text, a."themeId", t."meetingId", a."delegationId", a."authorId", a.scope,
         a."group", a."delegationId", a."hiddenAt" IS NOT NULL,
         coalesce(array_to_string(a.tags, ' '), ''), a.body, coalesce(a."editedAt", a."createdAt"), NULL::text
    FROM "Annotation" a JOIN "Theme" t ON t.id = a."themeId"
   WHERE a."deletedAt" IS NULL
  UNION ALL
  SELECT 'REPLY'::"SearchKind", r.id, a.id, a."themeId", t."meetingId", r."delegationId", r."authorId", a.scope,
         a."group", a."delegationId", a."hiddenAt" IS NOT NULL,
         ''::text, r.body, coalesce(r."editedAt", r."createdAt"), NULL::text
    FROM "AnnotationReply" r JOIN "Annotation" a ON a.id = r."annotationId" JOIN "Theme" t ON t.id = a."themeId"
   WHERE r."deletedAt" IS NULL AND a."deletedAt" IS NULL
  UNION ALL
  SELECT 'ACTION'::"SearchKind", f.id, NULL::text, f."themeId", coalesce(f."meetingId", t."meetingId"), f."delegationId", f."creatorId", f.scope,
         f."group", f."delegationId", false, f.title, f.description, f."createdAt", NULL::text
    FROM "FollowUpAction" f LEFT JOIN "Theme" t ON t.id = f."themeId"
   WHERE f."deletedAt" IS NULL
  UNION ALL
  SELECT 'ACTION_COMMENT'::"SearchKind", c.id, f.id, f."themeId", coalesce(f."meetingId", t."meetingId"), c."delegationId", c."authorId", f.scope,
         f."group", f."delegationId", false, ''::text, c.body, c."createdAt", f.title
    FROM "ActionComment" c JOIN "FollowUpAction" f ON f.id = c."actionId" LEFT JOIN "Theme" t ON t.id = f."themeId"
   WHERE c."deletedAt" IS NULL AND f."deletedAt" IS NULL
  UNION ALL
  SELECT 'POSITION'::"SearchKind", g.id, NULL::text, g."themeId", t."meetingId", u."delegationId", g."updatedById",
         CASE WHEN g.status = 'DELIVERED' THEN 'ALL'::"Scope" ELSE 'GROUP'::"Scope" END,
         g."group", NULL::text, false, ''::text, g.body, g."updatedAt", g.status::text
    FROM "GroupPosition" g JOIN "Theme" t ON t.id = g."themeId" LEFT JOIN "User" u ON u.id = g."updatedById"
   WHERE g.body <> ''
  UNION ALL
  SELECT 'STANCE'::"SearchKind", s.id, NULL::text, s."themeId", t."meetingId", s."delegationId", s."setById", 'GROUP'::"Scope",
         d."group", NULL::text, false, ''::text, s.note, s."updatedAt", s.value::text
    FROM "Stance" s JOIN "Delegation" d ON d.id = s."delegationId" JOIN "Theme" t ON t.id = s."themeId"
   WHERE s.note <> '' AND d."group" <> 'OBSERVER';

-- One document's text, by kind and id, for the results page. PL/pgSQL keeps the plan
-- of its query for the session, so the view's nine branches are planned once, not
-- once per result.
CREATE FUNCTION search_document_text(doc_kind "SearchKind", doc_id text, OUT title text, OUT body text, OUT detail text, OUT "parentId" text)
LANGUAGE plpgsql STABLE AS $$
BEGIN
  SELECT v.title, v.body, v.detail, v."parentId" INTO title, body, detail, "parentId"
    FROM search_document_source v WHERE v.kind = doc_kind AND v."sourceId" = doc_id;
END;
$$;

-- Rewrites the documents of one kind for these source rows (none, when a source row
-- is gone or deleted). The insert upserts: another transaction may have indexed the
-- same row in the meantime (each statement here sees what has been committed).
CREATE FUNCTION search_reindex(doc_kind "SearchKind", ids text[]) RETURNS void
LANGUAGE sql AS $$
  DELETE FROM "SearchDocument" WHERE kind = doc_kind AND "sourceId" = ANY(ids);
  INSERT INTO "SearchDocument" ("kind", "sourceId", "parentId", "themeId", "meetingId", "delegationId", "authorId",
                                "scope", "scopeGroup", "hidden", "language", "vector", "date")
  SELECT s.kind, s."sourceId", s."parentId", s."themeId", s."meetingId", s."delegationId", s."authorId",
         s.scope, s."scopeGroup", s.hidden, l.lang,
         search_vector(l.lang, s.title, s.body) || array_to_tsvector(ARRAY[search_audience(s.scope, s."scopeGroup", s."scopeDelegationId")]),
         s.date
    FROM search_document_source s
    CROSS JOIN LATERAL (SELECT search_language(s.title || E'\n' || s.body) AS lang) l
   WHERE s.kind = doc_kind AND s."sourceId" = ANY(ids)
  ON CONFLICT ("kind", "sourceId") DO UPDATE SET
    "parentId" = EXCLUDED."parentId", "themeId" = EXCLUDED."themeId", "meetingId" = EXCLUDED."meetingId",
    "delegationId" = EXCLUDED."delegationId", "authorId" = EXCLUDED."authorId", "scope" = EXCLUDED."scope",
    "scopeGroup" = EXCLUDED."scopeGroup", "hidden" = EXCLUDED."hidden", "language" = EXCLUDED."language",
    "vector" = EXCLUDED."vector", "date" = EXCLUDED."date";
$$;

-- The documents a change of these rows of `source_table` touches.
CREATE FUNCTION search_reindex_source(source_table text, ids text[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  doc_kind "SearchKind";
  doc_ids text[];
BEGIN
  CASE source_table
    WHEN 'ThemeParagraph' THEN PERFORM search_reindex('PARAGRAPH', ids);
    WHEN 'Instrument' THEN PERFORM search_reindex('INSTRUMENT', ids);
    WHEN 'KeyFigure' THEN PERFORM search_reindex('KEY_FIGURE', ids);
    WHEN 'Annotation' THEN
      -- Replies follow their note: its scope, moderation and deletion.
      PERFORM search_reindex('NOTE', ids);
      PERFORM search_reindex('REPLY', ARRAY(SELECT r.id FROM "AnnotationReply" r WHERE r."annotationId" = ANY(ids)));
    WHEN 'AnnotationReply' THEN
      -- A reply's document copies its note's scope and moderation: wait for a change
      -- of the note being written at this moment, so the copy is the committed one
      -- (the note's own trigger then sees this reply and rewrites it too).
      PERFORM 1 FROM "Annotation" a WHERE a.id IN (SELECT r."annotationId" FROM "AnnotationReply" r WHERE r.id = ANY(ids)) FOR SHARE;
      PERFORM search_reindex('REPLY', ids);
    WHEN 'FollowUpAction' THEN
      PERFORM search_reindex('ACTION', ids);
      PERFORM search_reindex('ACTION_COMMENT', ARRAY(SELECT c.id FROM "ActionComment" c WHERE c."actionId" = ANY(ids)));
    WHEN 'ActionComment' THEN
      PERFORM 1 FROM "FollowUpAction" f WHERE f.id IN (SELECT c."actionId" FROM "ActionComment" c WHERE c.id = ANY(ids)) FOR SHARE;
      PERFORM search_reindex('ACTION_COMMENT', ids);
    WHEN 'GroupPosition' THEN PERFORM search_reindex('POSITION', ids);
    WHEN 'Stance' THEN PERFORM search_reindex('STANCE', ids);
    -- A stance is read by its delegation's group.
    WHEN 'Delegation' THEN PERFORM search_reindex('STANCE', ARRAY(SELECT s.id FROM "Stance" s WHERE s."delegationId" = ANY(ids)));
    -- Documents on a theme take their meeting from it.
    WHEN 'Theme' THEN
      FOR doc_kind, doc_ids IN
        SELECT d.kind, array_agg(d."sourceId") FROM "SearchDocument" d WHERE d."themeId" = ANY(ids) GROUP BY d.kind
      LOOP
        PERFORM search_reindex(doc_kind, doc_ids);
      END LOOP;
  END CASE;
END;
$$;

-- The watched columns of a row, for telling a change that matters from one that does
-- not (a re-rendered bodyHtml, an action's status).
CREATE FUNCTION search_watched(item jsonb, columns text[]) RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(jsonb_object_agg(key, value), '{}'::jsonb) FROM jsonb_each(item) WHERE key = ANY(columns)
$$;

-- One statement-level trigger function for every source table: the rows of the
-- statement (transition tables), so a bulk insert is indexed in one pass. The
-- trigger's arguments name the columns an UPDATE must change to matter.
CREATE FUNCTION search_on_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  ids text[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    ids := ARRAY(SELECT n.id FROM new_rows n);
  ELSIF TG_OP = 'DELETE' THEN
    ids := ARRAY(SELECT o.id FROM old_rows o);
  ELSE
    ids := ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
       WHERE search_watched(to_jsonb(n), TG_ARGV) IS DISTINCT FROM search_watched(to_jsonb(o), TG_ARGV));
  END IF;
  IF cardinality(ids) > 0 THEN
    PERFORM search_reindex_source(TG_TABLE_NAME, ids);
  END IF;
  RETURN NULL;
END;
$$;

-- CreateTrigger (three per source table: PostgreSQL allows transition tables on one event per trigger)
CREATE TRIGGER "ThemeParagraph_search_insert" AFTER INSERT ON "ThemeParagraph" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_change();
CREATE TRIGGER "ThemeParagraph_search_update" AFTER UPDATE ON "ThemeParagraph" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('text', 'themeId', 'updatedAt');
CREATE TRIGGER "ThemeParagraph_search_delete" AFTER DELETE ON "ThemeParagraph" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_change();

CREATE TRIGGER "Instrument_search_insert" AFTER INSERT ON "Instrument" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_change();
CREATE TRIGGER "Instrument_search_update" AFTER UPDATE ON "Instrument" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('code', 'title');
CREATE TRIGGER "Instrument_search_delete" AFTER DELETE ON "Instrument" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_change();

CREATE TRIGGER "KeyFigure_search_insert" AFTER INSERT ON "KeyFigure" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_change();
CREATE TRIGGER "KeyFigure_search_update" AFTER UPDATE ON "KeyFigure" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_change('figure');
CREATE TRIGGER "KeyFigure_search_delete" AFTER DELETE ON "KeyFigure" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_change();

CREATE TRIGGER "Annotation_search_insert" AFTER INSERT ON "Annotation" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_change();
CREATE TRIGGER "Annotation_search_update" AFTER UPDATE ON "Annotation" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION search_on_change('body', 'tags', 'themeId', 'authorId', 'delegationId', 'group', 'scope', 'hiddenAt', 'deletedAt', 'editedAt', 'createdAt');
CREATE TRIGGER "Annotation_search_delete" AFTER DELETE ON "Annotation" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_change();

CREATE TRIGGER "AnnotationReply_search_insert" AFTER INSERT ON "AnnotationReply" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_change();
CREATE TRIGGER "AnnotationReply_search_update" AFTER UPDATE ON "AnnotationReply" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION search_on_change('body', 'annotationId', 'authorId', 'delegationId', 'deletedAt', 'editedAt', 'createdAt');
CREATE TRIGGER "AnnotationReply_search_delete" AFTER DELETE ON "AnnotationReply" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_change();

CREATE TRIGGER "FollowUpAction_search_insert" AFTER INSERT ON "FollowUpAction" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_change();
CREATE TRIGGER "FollowUpAction_search_update" AFTER UPDATE ON "FollowUpAction" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION search_on_change('title', 'description', 'meetingId', 'themeId', 'scope', 'delegationId', 'group', 'creatorId', 'deletedAt', 'createdAt');
CREATE TRIGGER "FollowUpAction_search_delete" AFTER DELETE ON "FollowUpAction" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_change();

CREATE TRIGGER "ActionComment_search_insert" AFTER INSERT ON "ActionComment" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_change();
CREATE TRIGGER "ActionComment_search_update" AFTER UPDATE ON "ActionComment" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION search_on_change('body', 'actionId', 'authorId', 'delegationId', 'deletedAt', 'createdAt');
CREATE TRIGGER "ActionComment_search_delete" AFTER DELETE ON "ActionComment" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_change();

CREATE TRIGGER "GroupPosition_search_insert" AFTER INSERT ON "GroupPosition" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_change();
CREATE TRIGGER "GroupPosition_search_update" AFTER UPDATE ON "GroupPosition" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION search_on_change('body', 'status', 'group', 'themeId', 'updatedById', 'updatedAt');
CREATE TRIGGER "GroupPosition_search_delete" AFTER DELETE ON "GroupPosition" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_change();

CREATE TRIGGER "Stance_search_insert" AFTER INSERT ON "Stance" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_change();
CREATE TRIGGER "Stance_search_update" AFTER UPDATE ON "Stance" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION search_on_change('note', 'themeId', 'delegationId', 'setById', 'updatedAt');
CREATE TRIGGER "Stance_search_delete" AFTER DELETE ON "Stance" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_change();

CREATE TRIGGER "Delegation_search_update" AFTER UPDATE ON "Delegation" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION search_on_change('group');
CREATE TRIGGER "Theme_search_update" AFTER UPDATE ON "Theme" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION search_on_change('meetingId');

-- Index what is already there.
SELECT search_reindex(k, ARRAY(SELECT s."sourceId" FROM search_document_source s WHERE s.kind = k))
  FROM unnest(enum_range(NULL::"SearchKind")) AS k;
