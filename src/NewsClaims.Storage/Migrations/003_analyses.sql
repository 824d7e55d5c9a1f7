-- Version 3: the analysis stage's results. One analyses row per article says which analyzer version read which
-- text against which anchor date; its figures and dates hang off it and go with it.
CREATE TABLE IF NOT EXISTS analyses (
    article_id       INTEGER PRIMARY KEY REFERENCES articles(id),
    analyzer_version TEXT    NOT NULL,
    analyzed_at      TEXT    NOT NULL,
    anchor_date      TEXT    NOT NULL,
    day_first        INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS analyses_version ON analyses (analyzer_version);

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
