-- Version 4: entities across articles. The mentions of an analysis hang off it and go with it; the entities, their match
-- keys, reviewers' pins and the corrections log stay, so a re-analysis finds the same entities and keeps every correction.
CREATE TABLE IF NOT EXISTS entities (
    id          INTEGER PRIMARY KEY,
    type        TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    merged_into INTEGER REFERENCES entities(id),
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);

CREATE TABLE IF NOT EXISTS entity_keys (
    family    TEXT    NOT NULL,
    key       TEXT    NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    source    TEXT    NOT NULL,
    PRIMARY KEY (family, key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entity_keys_entity ON entity_keys (entity_id);

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

CREATE TABLE IF NOT EXISTS entity_pins (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    family     TEXT    NOT NULL,
    key        TEXT    NOT NULL,
    entity_id  INTEGER NOT NULL REFERENCES entities(id),
    PRIMARY KEY (article_id, family, key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entity_pins_entity ON entity_pins (entity_id);

CREATE TABLE IF NOT EXISTS entity_corrections (
    id         INTEGER PRIMARY KEY,
    action     TEXT    NOT NULL,
    entity_id  INTEGER NOT NULL REFERENCES entities(id),
    other_id   INTEGER REFERENCES entities(id),
    detail     TEXT    NOT NULL,
    made_by    TEXT    NOT NULL,
    made_at    TEXT    NOT NULL
);

-- Articles analysed before entities were stored go back to the analysis queue, so the next run links their entities.
UPDATE articles SET stage = 'extracted' WHERE stage = 'analyzed';
