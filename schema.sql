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
    day_first        INTEGER NOT NULL
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
