-- Full-text search over article text and claim evidence (FTS5), and undo in the review trail (schema version 6).

-- An undo is a row of its own in the trail, naming the review it takes back; the status is then the latest review not taken back.
ALTER TABLE discrepancy_reviews ADD COLUMN undoes INTEGER REFERENCES discrepancy_reviews(id);

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

-- What is stored already goes into the index.
INSERT INTO article_search (rowid, title, text) SELECT article_id, COALESCE(title, ''), text FROM extractions;
INSERT INTO evidence_search (rowid, evidence) SELECT id, evidence FROM claims;
