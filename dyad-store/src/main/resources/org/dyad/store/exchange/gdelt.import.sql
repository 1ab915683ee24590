-- A GDELT 2.0 event table (GDELT 2.0 Event Codebook V2.0, 2015), staged column by column, into
-- imported_events (schema v17: the view events gives each as a report). Dyad's columns take: the CAMEO codes, Goldstein and quad class; the actors (code,
-- name, CAMEO country, Type1 as the agent); the date of the act (Day) and of the report
-- (DATEADDED); the action's place (ActionGeo: name, country from FIPS to ISO, ADM1, coordinates,
-- precision from its type); SOURCEURL as the document; the PLOVER type and mode from Dyad's
-- CAMEO-to-PLOVER table. The whole row is kept in imported (its columns, tab-joined in the format's order). Importer's staging view
-- holds the checked rows (only the new ones, each GlobalEventID once, when an event is stored already or repeated).
INSERT INTO imported_events (provenance, external_id, entry, doc_id, published, event_date, time_precision,
  source_code, source_country, source_agent, source_name, source_text,
  target_code, target_country, target_agent, target_name, target_text,
  cameo, root, goldstein, quad_class, plover_type, plover_mode, sentence_text,
  place_written, place, geonames_id, feature, place_country, admin1, latitude, longitude, precision,
  source_country_from, target_country_from, fatalities, event_type, sub_event_type, imported)
SELECT 'gdelt', s.GlobalEventID, '$file', s.SOURCEURL,
  coalesce(TRY_STRPTIME(left(s.DATEADDED, 8), '%Y%m%d'), STRPTIME(s.Day, '%Y%m%d'))::DATE, STRPTIME(s.Day, '%Y%m%d')::DATE, 'day',
  s.Actor1Code, s.Actor1CountryCode, s.Actor1Type1Code, s.Actor1Name, NULL,
  s.Actor2Code, s.Actor2CountryCode, s.Actor2Type1Code, s.Actor2Name, NULL,
  s.EventCode, s.EventRootCode, CAST(s.GoldsteinScale AS DOUBLE), CAST(s.QuadClass AS INTEGER),
  coalesce(c.plover_type, ''), coalesce(c.plover_mode, ''), '',
  nullif(s.ActionGeo_Fullname, ''), nullif(s.ActionGeo_Fullname, ''), NULL, NULL,
  CASE WHEN s.ActionGeo_CountryCode = '' THEN NULL ELSE coalesce(pc.iso3, '') END,
  CASE WHEN length(s.ActionGeo_ADM1Code) > 2 THEN substr(s.ActionGeo_ADM1Code, 3) ELSE NULL END,
  TRY_CAST(s.ActionGeo_Lat AS DOUBLE), TRY_CAST(s.ActionGeo_Long AS DOUBLE),
  CASE s.ActionGeo_Type WHEN '1' THEN 'country' WHEN '2' THEN 'admin1' WHEN '5' THEN 'admin1' WHEN '3' THEN 'city' WHEN '4' THEN 'city' END,
  CASE WHEN s.Actor1CountryCode = '' THEN 'none' ELSE 'written' END, CASE WHEN s.Actor2CountryCode = '' THEN 'none' ELSE 'written' END,
  NULL, '', '',
  s.imported
FROM staging s
  LEFT JOIN fmt_cameo c ON c.code = s.EventCode
  LEFT JOIN fmt_countries pc ON pc.fips = s.ActionGeo_CountryCode
