-- v5: the actors and the sentences of the stored events, for querying the file directly
-- (derived from events, so they cannot disagree with them).
CREATE VIEW actors AS
  SELECT code, any_value(country) AS country, any_value(agent) AS agent, mode(name) AS name,
         count(*) FILTER (WHERE side = 'source') AS as_source, count(*) FILTER (WHERE side = 'target') AS as_target
  FROM (SELECT source_code AS code, source_country AS country, source_agent AS agent, source_name AS name, 'source' AS side
        FROM events WHERE primary_report
        UNION ALL
        SELECT target_code, target_country, target_agent, target_name, 'target' FROM events WHERE primary_report)
  GROUP BY code;
CREATE VIEW sentences AS
  SELECT article_hash, sentence_index, any_value(sentence_text) AS text, count(*) AS events
  FROM events GROUP BY article_hash, sentence_index;
