-- An article's events are only ever read all together (the reading view's timeline, and the
-- library timeline, which reads them by article and sorts them itself). As rows they cost the
-- indexer seventy-odd inserts of twelve values for each article, more than its full-text entry;
-- now one JSON array per article, its events in the order the analysis gave them, each
--   [begin_date, end_date, uncertain, type, label, actors, actor_ids, sentence_start,
--    sentence_end, sentence, timex_value]
-- with the same values the columns of article_events held.
CREATE TABLE article_timelines (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    events TEXT NOT NULL
);
INSERT INTO article_timelines (article_id, events)
    SELECT article_id,
           json_group_array(json_array(begin_date, end_date, uncertain, type, label, actors, actor_ids,
                                       sentence_start, sentence_end, sentence, timex_value) ORDER BY id)
    FROM article_events GROUP BY article_id;
DROP TABLE article_events;
