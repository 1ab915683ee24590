-- v8: where each actor's country came from (CountrySource: 'written', 'place-in-phrase',
-- 'place-target', 'event-place', 'other-actor', 'dateline', 'article', 'implied', 'none'), so that
-- inferred countries can be filtered out. Reports stored before v8 read as 'written' when their
-- actor has a country, else 'none'.
ALTER TABLE events ADD COLUMN source_country_from VARCHAR;
ALTER TABLE events ADD COLUMN target_country_from VARCHAR;
UPDATE events SET
  source_country_from = CASE WHEN source_country = '' THEN 'none' ELSE 'written' END,
  target_country_from = CASE WHEN target_country = '' THEN 'none' ELSE 'written' END;
