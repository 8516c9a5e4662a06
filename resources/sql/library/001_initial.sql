-- The library index: what Attaché knows about the article files in the user's folders.
-- Everything here except triage and saved searches can be rebuilt from the files.

CREATE TABLE folders (
    path TEXT PRIMARY KEY,
    added_at TEXT NOT NULL
);

-- One row per file; a feed or JSON export holds several articles.
CREATE TABLE files (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime INTEGER NOT NULL,             -- ms since the epoch
    content_hash TEXT NOT NULL,         -- SHA-256 of the bytes
    cleaner_version INTEGER NOT NULL,
    analyzer_version INTEGER NOT NULL,
    indexed_at TEXT NOT NULL
);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
    item_no INTEGER NOT NULL,           -- position in its file, 0 for single-article files
    item_id TEXT NOT NULL,              -- Article::id: "name" or "name#n"
    content_hash TEXT NOT NULL,         -- Article::contentHash: identity across moves
    format TEXT NOT NULL,
    title TEXT NOT NULL,
    source TEXT NOT NULL,
    byline TEXT NOT NULL,
    url TEXT NOT NULL,
    language TEXT NOT NULL,
    published TEXT,                     -- ISO 8601 UTC, NULL when unknown
    published_uncertain INTEGER NOT NULL,
    word_count INTEGER NOT NULL,
    fingerprint BLOB NOT NULL,          -- MinHash of word 3-shingles (TextFingerprint)
    duplicate_of INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    state INTEGER NOT NULL DEFAULT 0,   -- 0 inbox, 1 later, 2 archive
    starred INTEGER NOT NULL DEFAULT 0,
    read INTEGER NOT NULL DEFAULT 0,
    priority INTEGER NOT NULL DEFAULT 0 CHECK (priority BETWEEN 0 AND 3),
    marked INTEGER NOT NULL DEFAULT 0,
    added_at TEXT NOT NULL,
    UNIQUE (file_id, item_no)
);
CREATE INDEX articles_published ON articles(published);

-- The cleaned article, apart so that list and filter queries never read through it.
CREATE TABLE article_content (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    json BLOB NOT NULL                  -- Article::toJson(), compact
);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_state ON articles(state);

-- Locality-sensitive hashing bands of the fingerprints: articles sharing a band are compared.
CREATE TABLE article_bands (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    band INTEGER NOT NULL
);
CREATE INDEX article_bands_band ON article_bands(band);
CREATE INDEX article_bands_article ON article_bands(article_id);

CREATE TABLE article_entities (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX article_entities_entity ON article_entities(entity_id COLLATE NOCASE);
CREATE INDEX article_entities_name ON article_entities(name COLLATE NOCASE);

CREATE TABLE article_events (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    begin_date TEXT,
    end_date TEXT,
    uncertain INTEGER NOT NULL,
    type TEXT NOT NULL,
    label TEXT NOT NULL,
    actors TEXT NOT NULL,               -- canonical names joined by "; "
    actor_ids TEXT NOT NULL             -- entity ids joined by " "
);
CREATE INDEX article_events_article ON article_events(article_id);
CREATE INDEX article_events_begin ON article_events(begin_date);

-- Full text of title and cleaned text; rowid = articles.id.
CREATE VIRTUAL TABLE article_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');

CREATE TABLE saved_searches (
    name TEXT PRIMARY KEY,
    query TEXT NOT NULL,
    sort TEXT NOT NULL DEFAULT 'date'
);
