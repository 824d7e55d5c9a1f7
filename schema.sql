-- NewsClaims store: the whole schema at the current version.
--
-- A new database gets this file as it stands; an older one is moved forward by the numbered files in
-- src/NewsClaims.Storage/Migrations (NNN_name.sql), each run once inside a transaction. The version lives in
-- PRAGMA user_version, and schema_history says when each step was applied. Times are ISO 8601 UTC text
-- ("2026-11-21T04:44:00.000Z"), so they sort and compare as text.

CREATE TABLE IF NOT EXISTS schema_history (
    version     INTEGER PRIMARY KEY,
    description TEXT    NOT NULL,
    applied_at  TEXT    NOT NULL
);

-- One row per outlet ever configured; an outlet removed from feeds.json is disabled, never deleted,
-- because its articles still point at it.
CREATE TABLE IF NOT EXISTS outlets (
    id              INTEGER PRIMARY KEY,
    name            TEXT    NOT NULL UNIQUE,
    homepage        TEXT,
    enabled         INTEGER NOT NULL DEFAULT 1,
    last_poll_at    TEXT,
    next_poll_at    TEXT,
    created_at      TEXT    NOT NULL
);

-- A feed (RSS, Atom, JSON Feed, sitemap or HTML section page) of an outlet, with its HTTP validators.
CREATE TABLE IF NOT EXISTS feeds (
    id                   INTEGER PRIMARY KEY,
    outlet_id            INTEGER NOT NULL REFERENCES outlets(id),
    url                  TEXT    NOT NULL,
    active               INTEGER NOT NULL DEFAULT 1,
    format               TEXT,
    etag                 TEXT,
    last_modified        TEXT,
    last_polled_at       TEXT,
    last_status          INTEGER,
    last_error           TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    UNIQUE (outlet_id, url)
);

-- An article, keyed by the canonical form of the URL it was found under. stage is one of
-- discovered, fetched, failed, duplicate, extracted, not_article, analyzed (later stages add theirs).
CREATE TABLE IF NOT EXISTS articles (
    id              INTEGER PRIMARY KEY,
    url             TEXT    NOT NULL UNIQUE,
    outlet_id       INTEGER REFERENCES outlets(id),
    source          TEXT    NOT NULL,          -- feed, ingest or manifest
    hint_title      TEXT,                      -- what the feed or manifest said, before extraction
    hint_published  TEXT,
    stage           TEXT    NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error      TEXT,
    canonical_url   TEXT,                      -- from <link rel=canonical>, canonicalised
    duplicate_of    INTEGER REFERENCES articles(id),
    discovered_at   TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_stage_due ON articles (stage, next_attempt_at);
CREATE INDEX IF NOT EXISTS articles_canonical_url ON articles (canonical_url);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles (outlet_id, stage);

-- Every feed that has listed an article (an article can be in several feeds and outlets).
CREATE TABLE IF NOT EXISTS article_feeds (
    article_id    INTEGER NOT NULL REFERENCES articles(id),
    feed_id       INTEGER NOT NULL REFERENCES feeds(id),
    first_seen_at TEXT    NOT NULL,
    PRIMARY KEY (article_id, feed_id)
) WITHOUT ROWID;

-- The page as fetched, kept so later stages can be re-run without refetching. body is Brotli-compressed
-- when compression = 'br'.
CREATE TABLE IF NOT EXISTS raw_pages (
    article_id   INTEGER PRIMARY KEY REFERENCES articles(id),
    final_url    TEXT    NOT NULL,
    status       INTEGER NOT NULL,
    content_type TEXT,
    fetched_at   TEXT    NOT NULL,
    compression  TEXT    NOT NULL,
    size         INTEGER NOT NULL,             -- bytes before compression
    sha256       TEXT    NOT NULL,
    body         BLOB    NOT NULL
);

-- Every HTTP request made for a feed or an article, successful or not.
CREATE TABLE IF NOT EXISTS fetch_attempts (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER REFERENCES articles(id),
    feed_id      INTEGER REFERENCES feeds(id),
    url          TEXT    NOT NULL,
    attempted_at TEXT    NOT NULL,
    status       INTEGER,
    outcome      TEXT    NOT NULL,             -- ok, not_modified, transient, permanent, refused
    error        TEXT,
    duration_ms  INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS fetch_attempts_article ON fetch_attempts (article_id);
CREATE INDEX IF NOT EXISTS fetch_attempts_feed ON fetch_attempts (feed_id);

-- What extraction read from an article's raw page (schema version 2). published is ISO 8601 as the page stated it
-- (with its offset, or a bare date); published_utc is the instant when the page gave a time and an offset. authors
-- is a JSON array of names, paragraphs a JSON array of {kind, text}, sources a JSON object naming where each value
-- came from. extractor_version lets `reprocess --stage extract` find rows an improved extractor should redo.
CREATE TABLE IF NOT EXISTS extractions (
    article_id         INTEGER PRIMARY KEY REFERENCES articles(id),
    extractor_version  TEXT    NOT NULL,
    extracted_at       TEXT    NOT NULL,
    is_article         INTEGER NOT NULL,
    not_article_reason TEXT,
    title              TEXT,
    authors            TEXT    NOT NULL,
    published          TEXT,
    published_utc      TEXT,
    modified           TEXT,
    language           TEXT,
    site_name          TEXT,
    canonical_url      TEXT,
    description        TEXT,
    text               TEXT    NOT NULL,
    paragraphs         TEXT    NOT NULL,
    sources            TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS extractions_version ON extractions (extractor_version);

-- What analysis found in an extraction's text (schema version 3). One analyses row per article says which analyzer version read which
-- text against which anchor date; its figures and dates hang off it and go with it.
CREATE TABLE IF NOT EXISTS analyses (
    article_id       INTEGER PRIMARY KEY REFERENCES articles(id),
    analyzer_version TEXT    NOT NULL,
    analyzed_at      TEXT    NOT NULL,
    anchor_date      TEXT    NOT NULL,
    day_first        INTEGER NOT NULL,
    primary_source_mention INTEGER,
    cites_unnamed_reports  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS analyses_version ON analyses (analyzer_version);

-- A figure (money, percent, count, quantity): offsets are character offsets into extractions.text; low/high is the
-- interval the stated precision and qualifier allow.
CREATE TABLE IF NOT EXISTS figures (
    article_id  INTEGER NOT NULL REFERENCES analyses(article_id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    kind        TEXT    NOT NULL,
    value       REAL,
    value_max   REAL,
    unit        TEXT,
    qualifier   TEXT    NOT NULL,
    direction   TEXT,
    low         REAL,
    high        REAL,
    counted     TEXT,
    magnitude   REAL,
    PRIMARY KEY (article_id, ordinal)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS figures_kind_unit ON figures (kind, unit);

-- A temporal expression with its TimeML value and the concrete [start_date, end_date] it covers.
CREATE TABLE IF NOT EXISTS dates (
    article_id  INTEGER NOT NULL REFERENCES analyses(article_id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    type        TEXT    NOT NULL,
    value       TEXT    NOT NULL,
    granularity TEXT    NOT NULL,
    mod         TEXT,
    start_date  TEXT,
    end_date    TEXT,
    PRIMARY KEY (article_id, ordinal)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS dates_span ON dates (start_date, end_date);

-- One real-world person, organisation, place or outlet across articles (schema version 4). A merged entity keeps its row
-- with merged_into set, so old ids still lead somewhere.
CREATE TABLE IF NOT EXISTS entities (
    id          INTEGER PRIMARY KEY,
    type        TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    merged_into INTEGER REFERENCES entities(id),
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);

-- The normalised names and acronyms that find an entity from a new article; a key belongs to one entity per family
-- (person, org, location). source: name, acronym, or correction.
CREATE TABLE IF NOT EXISTS entity_keys (
    family    TEXT    NOT NULL,
    key       TEXT    NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    source    TEXT    NOT NULL,
    PRIMARY KEY (family, key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entity_keys_entity ON entity_keys (entity_id);

-- Each name in an article's text with the entity it was linked to; canonical is the article's fullest name for it, role the
-- title the article gives a person there. Offsets are into extractions.text.
CREATE TABLE IF NOT EXISTS entity_mentions (
    article_id INTEGER NOT NULL REFERENCES analyses(article_id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    entity_id  INTEGER NOT NULL REFERENCES entities(id),
    text       TEXT    NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    type       TEXT    NOT NULL,
    canonical  TEXT    NOT NULL,
    role       TEXT,
    PRIMARY KEY (article_id, ordinal)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entity_mentions_entity ON entity_mentions (entity_id, article_id);

-- A reviewer's decision that an article's entity (by its normalised fullest name) is this entity; checked before any match,
-- so merges and splits survive re-analysis.
CREATE TABLE IF NOT EXISTS entity_pins (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    family     TEXT    NOT NULL,
    key        TEXT    NOT NULL,
    entity_id  INTEGER NOT NULL REFERENCES entities(id),
    PRIMARY KEY (article_id, family, key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entity_pins_entity ON entity_pins (entity_id);

-- Who merged or split what, when.
CREATE TABLE IF NOT EXISTS entity_corrections (
    id         INTEGER PRIMARY KEY,
    action     TEXT    NOT NULL,
    entity_id  INTEGER NOT NULL REFERENCES entities(id),
    other_id   INTEGER REFERENCES entities(id),
    detail     TEXT    NOT NULL,
    made_by    TEXT    NOT NULL,
    made_at    TEXT    NOT NULL
);

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
    made_at        TEXT    NOT NULL,
    undoes         INTEGER REFERENCES discrepancy_reviews(id)
);
CREATE INDEX IF NOT EXISTS discrepancy_reviews_discrepancy ON discrepancy_reviews (discrepancy_id);

-- Full-text search over article text and claim evidence (schema version 6).
-- The search index keeps its own copy of the text (rowid = article id, or claim id): extractions are written with
-- INSERT OR REPLACE, whose implicit delete fires no trigger, so each insert first drops the old entry itself.
CREATE VIRTUAL TABLE IF NOT EXISTS article_search USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER IF NOT EXISTS extractions_search_insert AFTER INSERT ON extractions
BEGIN
    DELETE FROM article_search WHERE rowid = NEW.article_id;
    INSERT INTO article_search (rowid, title, text) VALUES (NEW.article_id, COALESCE(NEW.title, ''), NEW.text);
END;
CREATE TRIGGER IF NOT EXISTS extractions_search_delete AFTER DELETE ON extractions
BEGIN
    DELETE FROM article_search WHERE rowid = OLD.article_id;
END;

CREATE VIRTUAL TABLE IF NOT EXISTS evidence_search USING fts5(evidence, tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER IF NOT EXISTS claims_search_insert AFTER INSERT ON claims
BEGIN
    DELETE FROM evidence_search WHERE rowid = NEW.id;
    INSERT INTO evidence_search (rowid, evidence) VALUES (NEW.id, NEW.evidence);
END;
CREATE TRIGGER IF NOT EXISTS claims_search_delete AFTER DELETE ON claims
BEGIN
    DELETE FROM evidence_search WHERE rowid = OLD.id;
END;
