-- Version 2: the extraction stage's results, one row per article, with the extractor version that produced it.
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
