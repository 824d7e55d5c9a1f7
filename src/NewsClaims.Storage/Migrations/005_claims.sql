-- Version 5: claims, stories, claim groups and discrepancies. Claims hang off their analysis and go with it; stories keep
-- their articles until re-analysis; discrepancies and their reviews are kept for good.
ALTER TABLE analyses ADD COLUMN primary_source_mention INTEGER;
ALTER TABLE analyses ADD COLUMN cites_unnamed_reports INTEGER NOT NULL DEFAULT 0;

-- A claim: one figure or event date stated in one sentence of an analysis, with what it measures (attribute), how firmly
-- (modality), for which period (time_scope) and on whose word (attribution). low/high: the interval the wording allows, in the
-- value's base unit for figures, as day numbers (days since 0001-01-01) for dates, in days for durations; NULL when open.
-- value_text is the TimeML value of dates and durations. subject_mention and attribution_mention are entity_mentions ordinals.
CREATE TABLE IF NOT EXISTS claims (
    id                    INTEGER PRIMARY KEY,
    article_id            INTEGER NOT NULL REFERENCES analyses(article_id) ON DELETE CASCADE,
    ordinal               INTEGER NOT NULL,
    kind                  TEXT    NOT NULL,
    attribute             TEXT,
    subject_mention       INTEGER,
    value                 REAL,
    value_max             REAL,
    value_text            TEXT,
    unit                  TEXT,
    low                   REAL,
    high                  REAL,
    qualifier             TEXT    NOT NULL,
    modality              TEXT    NOT NULL,
    time_scope            TEXT,
    attribution           TEXT,
    attribution_mention   INTEGER,
    value_words           TEXT    NOT NULL,
    evidence              TEXT    NOT NULL,
    evidence_start        INTEGER NOT NULL,
    start                 INTEGER NOT NULL,
    "end"                 INTEGER NOT NULL,
    UNIQUE (article_id, ordinal)
);
CREATE INDEX IF NOT EXISTS claims_attribute ON claims (attribute);

-- The entity mentions in a claim's sentence (ordinals into entity_mentions of the same article).
CREATE TABLE IF NOT EXISTS claim_entities (
    claim_id   INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    mention    INTEGER NOT NULL,
    PRIMARY KEY (claim_id, mention)
) WITHOUT ROWID;

-- A story: articles about one event. anchor_article_id (its first article) keys its groups, so reviews survive re-runs;
-- dirty marks a story whose articles changed and whose groups the reconcile stage must judge again.
CREATE TABLE IF NOT EXISTS stories (
    id                INTEGER PRIMARY KEY,
    anchor_article_id INTEGER NOT NULL,
    dirty             INTEGER NOT NULL DEFAULT 1,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS stories_dirty ON stories (dirty) WHERE dirty = 1;

-- An analysed article's place in a story, the signature it was matched on (entity ids and main words, space separated),
-- and the source its reporting rests on (source_key is shared by articles that count as one source; source_reason says why).
CREATE TABLE IF NOT EXISTS story_articles (
    article_id    INTEGER PRIMARY KEY REFERENCES analyses(article_id) ON DELETE CASCADE,
    story_id      INTEGER NOT NULL REFERENCES stories(id),
    score         REAL,
    published     TEXT    NOT NULL,
    entities      TEXT    NOT NULL,
    terms         TEXT    NOT NULL,
    source_key    TEXT,
    source_reason TEXT,
    copy_of       INTEGER,
    joined_at     TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS story_articles_story ON story_articles (story_id);
CREATE INDEX IF NOT EXISTS story_articles_published ON story_articles (published);
-- An article that leaves a story (re-analysis deletes its row) leaves the story to be judged again.
CREATE TRIGGER IF NOT EXISTS story_articles_left AFTER DELETE ON story_articles
BEGIN
    UPDATE stories SET dirty = 1 WHERE id = OLD.story_id;
END;

-- Claims of different articles of a story about one thing, and the verdict on them. key is stable across re-runs.
CREATE TABLE IF NOT EXISTS claim_groups (
    id                  INTEGER PRIMARY KEY,
    story_id            INTEGER NOT NULL REFERENCES stories(id),
    key                 TEXT    NOT NULL UNIQUE,
    attribute           TEXT    NOT NULL,
    subject_entity_id   INTEGER REFERENCES entities(id),
    time_scope          TEXT,
    verdict             TEXT    NOT NULL,
    independent_sources INTEGER NOT NULL,
    explanation         TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS claim_groups_story ON claim_groups (story_id);

CREATE TABLE IF NOT EXISTS group_claims (
    group_id INTEGER NOT NULL REFERENCES claim_groups(id) ON DELETE CASCADE,
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, claim_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS group_claims_claim ON group_claims (claim_id);

-- A flagged discrepancy. Rows are never deleted: a re-run that no longer finds it sets active = 0, one that finds it again
-- (same key) revives the row with its status, so a reviewer's verdict is never lost and a dismissal never undone.
CREATE TABLE IF NOT EXISTS discrepancies (
    id          INTEGER PRIMARY KEY,
    key         TEXT    NOT NULL UNIQUE,
    group_id    INTEGER REFERENCES claim_groups(id) ON DELETE SET NULL,
    story_id    INTEGER,
    kind        TEXT    NOT NULL,
    severity    TEXT    NOT NULL,
    explanation TEXT    NOT NULL,
    status      TEXT    NOT NULL DEFAULT 'open',
    active      INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS discrepancies_status ON discrepancies (active, status, severity);

-- Every review verdict given, oldest first: the audit trail behind discrepancies.status.
CREATE TABLE IF NOT EXISTS discrepancy_reviews (
    id             INTEGER PRIMARY KEY,
    discrepancy_id INTEGER NOT NULL REFERENCES discrepancies(id),
    verdict        TEXT    NOT NULL,
    note           TEXT,
    made_by        TEXT    NOT NULL,
    made_at        TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS discrepancy_reviews_discrepancy ON discrepancy_reviews (discrepancy_id);

-- Articles analysed before claims were built go back to the analysis queue, so the next run builds and reconciles them.
UPDATE articles SET stage = 'extracted' WHERE stage = 'analyzed';
