-- An ACLED file (ACLED codebook, as packaged in acledR's acled_codebook), staged column by column,
-- into events. Dyad's own columns take: the event and sub-event types; the actors' names, with an
-- actor code built as CAMEO builds one (the country named in the actor, else the event's country,
-- then the sector of its inter code: 1 state forces MIL, 2 rebels REB, 3 and 4 militias UAF, 5-7
-- rioters, protesters, civilians CVL, 8 external/other none); fatalities; the place (location,
-- country from iso, coordinates, geo_precision 1 city, 2 and 3 admin1); the date (time_precision
-- 1 day, 2 week, 3 month); notes as the sentence; source as the document. No CAMEO code or
-- Goldstein score is invented: cameo and root stay empty and Goldstein 0; the quad class is the
-- disorder's (4 material conflict for political violence and riots, 3 for protests, 0 for
-- strategic developments). The whole row is kept in imported (its columns, tab-joined in the format's order). Importer's
-- staging view holds the checked rows (only the new ones, each event_id_cnty once, when an event is stored already or repeated).
INSERT INTO events (article_hash, event_no, doc_id, published,
  source_code, source_country, source_agent, source_name, source_text,
  target_code, target_country, target_agent, target_name, target_text,
  cameo, root, goldstein, quad_class, plover_type, plover_mode,
  sentence_index, sentence_text, span_start, span_end, rule, entry, trigger, attribution, hedged, issues,
  place_written, place, geonames_id, feature, place_country, admin1, latitude, longitude, precision, location_method,
  event_key, primary_report, source_country_from, target_country_from,
  modality, fatalities, casualty_words, event_date, time_precision, event_type, sub_event_type,
  provenance, external_id, imported)
WITH s AS (
  SELECT s.*, coalesce(TRY_STRPTIME(s.event_date, '%Y-%m-%d'), TRY_STRPTIME(s.event_date, '%d %B %Y'))::DATE AS day,
    (SELECT pc.iso3 FROM fmt_countries pc
      WHERE TRY_CAST(pc.iso_numeric AS INTEGER) = TRY_CAST(s.iso AS INTEGER) OR lower(pc.name) = lower(s.country)
      ORDER BY TRY_CAST(pc.iso_numeric AS INTEGER) = TRY_CAST(s.iso AS INTEGER) DESC LIMIT 1) AS iso3,
    (SELECT arg_max(pc.iso3, length(pc.name)) FROM fmt_countries pc WHERE contains(lower(s.actor1), lower(pc.name))) AS a1_country,
    (SELECT arg_max(pc.iso3, length(pc.name)) FROM fmt_countries pc WHERE contains(lower(s.actor2), lower(pc.name))) AS a2_country,
    CASE WHEN s.inter1 IN ('1', 'State forces') THEN 'MIL' WHEN s.inter1 IN ('2', 'Rebel group') THEN 'REB'
         WHEN s.inter1 IN ('3', '4', 'Political militia', 'Identity militia') THEN 'UAF'
         WHEN s.inter1 IN ('5', '6', '7', 'Rioters', 'Protesters', 'Civilians') THEN 'CVL' ELSE '' END AS a1_sector,
    CASE WHEN s.inter2 IN ('1', 'State forces') THEN 'MIL' WHEN s.inter2 IN ('2', 'Rebel group') THEN 'REB'
         WHEN s.inter2 IN ('3', '4', 'Political militia', 'Identity militia') THEN 'UAF'
         WHEN s.inter2 IN ('5', '6', '7', 'Rioters', 'Protesters', 'Civilians') THEN 'CVL' ELSE '' END AS a2_sector
  FROM staging s)
SELECT 'acled:' || s.event_id_cnty, 0, coalesce(s.source, ''), s.day,
  CASE WHEN coalesce(s.actor1, '') = '' THEN '' ELSE coalesce(s.a1_country, s.iso3, '') || s.a1_sector END,
  CASE WHEN coalesce(s.actor1, '') = '' THEN '' ELSE coalesce(s.a1_country, s.iso3, '') END,
  s.a1_sector, coalesce(s.actor1, ''), coalesce(s.actor1, ''),
  CASE WHEN coalesce(s.actor2, '') = '' THEN '' ELSE coalesce(s.a2_country, s.iso3, '') || s.a2_sector END,
  CASE WHEN coalesce(s.actor2, '') = '' THEN '' ELSE coalesce(s.a2_country, s.iso3, '') END,
  s.a2_sector, coalesce(s.actor2, ''), coalesce(s.actor2, ''),
  '', '', 0.0,
  CASE WHEN s.event_type IN ('Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Riots') THEN 4
       WHEN s.event_type = 'Protests' THEN 3 ELSE 0 END,
  '', '',
  0, coalesce(s.notes, ''), 0, 0, 'import acled', '$file:' || s.line, '', '', false, '',
  nullif(s.location, ''), nullif(s.location, ''), NULL, NULL, s.iso3, NULL,
  TRY_CAST(s.latitude AS DOUBLE), TRY_CAST(s.longitude AS DOUBLE),
  CASE WHEN TRY_CAST(s.latitude AS DOUBLE) IS NULL THEN NULL WHEN s.geo_precision = '1' THEN 'city' ELSE 'admin1' END,
  CASE WHEN TRY_CAST(s.latitude AS DOUBLE) IS NULL THEN NULL ELSE 'import' END,
  'acled-' || s.event_id_cnty, true,
  CASE WHEN coalesce(s.a1_country, s.iso3, '') = '' THEN 'none' WHEN s.a1_country IS NULL THEN 'event-place' ELSE 'written' END,
  CASE WHEN coalesce(s.a2_country, s.iso3, '') = '' THEN 'none' WHEN s.a2_country IS NULL THEN 'event-place' ELSE 'written' END,
  'asserted', TRY_CAST(s.fatalities AS INTEGER), '', s.day,
  CASE s.time_precision WHEN '1' THEN 'day' WHEN '2' THEN 'week' ELSE 'month' END,
  s.event_type, coalesce(s.sub_event_type, ''),
  'acled', s.event_id_cnty,
  s.imported
FROM s
