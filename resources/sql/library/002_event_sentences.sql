-- Each event keeps the sentence it was found in, so that the library-wide timeline can open the
-- article at that sentence without analysing it again. Rows written before this are refilled:
-- the analyser version went up with it, and the indexer re-processes outdated files.
ALTER TABLE article_events ADD COLUMN sentence_start INTEGER NOT NULL DEFAULT 0;
ALTER TABLE article_events ADD COLUMN sentence_end INTEGER NOT NULL DEFAULT 0;
ALTER TABLE article_events ADD COLUMN sentence TEXT NOT NULL DEFAULT '';
ALTER TABLE article_events ADD COLUMN timex_value TEXT NOT NULL DEFAULT '';
