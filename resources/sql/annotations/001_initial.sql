-- Annotations: the reader's own work. Kept apart from the rebuildable library index.
-- Timestamps are ISO 8601 UTC with milliseconds. Offsets are UTF-16 indices into the canonical
-- text (Article::text()) of the cleaner version recorded with them.

CREATE TABLE articles (
    id TEXT PRIMARY KEY NOT NULL,
    content_hash TEXT NOT NULL DEFAULT '',
    path TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    published TEXT NOT NULL DEFAULT '',
    text_hash TEXT NOT NULL DEFAULT '',
    cleaner_version INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX articles_by_content_hash ON articles (content_hash);
CREATE INDEX articles_by_url ON articles (url);
CREATE INDEX articles_by_path ON articles (path);

CREATE TABLE annotations (
    id TEXT PRIMARY KEY NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'highlight' CHECK (kind IN ('highlight', 'article_note')),
    exact TEXT NOT NULL DEFAULT '',
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    start_position INTEGER NOT NULL DEFAULT 0,
    end_position INTEGER NOT NULL DEFAULT 0,
    cleaner_version INTEGER NOT NULL DEFAULT 0,
    colour INTEGER NOT NULL DEFAULT 0 CHECK (colour BETWEEN 0 AND 4),
    note TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    is_orphan INTEGER NOT NULL DEFAULT 0 CHECK (is_orphan IN (0, 1))
);

CREATE INDEX annotations_by_article ON annotations (article_id, start_position);
CREATE UNIQUE INDEX one_note_per_article ON annotations (article_id) WHERE kind = 'article_note';

CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE annotation_tags (
    annotation_id TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (annotation_id, tag_id)
);

CREATE INDEX annotation_tags_by_tag ON annotation_tags (tag_id);
