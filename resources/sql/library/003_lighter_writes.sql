-- What the indexer kept up for every article and never read, or reads faster from memory:
-- - Events are only ever read by article (the timeline sorts the few it reads); the index on
--   their dates was updated for each of the thirty-odd events an article brings.
-- - The fingerprints' bands are rebuilt in memory from articles.fingerprint by the writer
--   (FingerprintIndex); as a table they cost ten rows and two index entries per article.
DROP INDEX IF EXISTS article_events_begin;
DROP TABLE IF EXISTS article_bands;
