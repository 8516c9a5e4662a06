-- The entity filter and the entities panel read article_entities by article (its primary key),
-- never by name or id alone, so these two indexes were only written: for each of the fifty-odd
-- entities an article brings, two more B-tree inserts while indexing.
DROP INDEX IF EXISTS article_entities_entity;
DROP INDEX IF EXISTS article_entities_name;
