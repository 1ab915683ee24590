-- A GDELT 2.0 event table (GDELT 2.0 Event Codebook V2.0, 2015), staged column by column, into
-- events. Dyad's own columns take: the CAMEO codes, Goldstein and quad class; the actors (code,
-- name, CAMEO country, Type1 as the agent); the date of the act (Day) and of the report
-- (DATEADDED); the action's place (ActionGeo: name, country from FIPS to ISO, ADM1, coordinates,
-- precision from its type); SOURCEURL as the document; the PLOVER type and mode from Dyad's
-- CAMEO-to-PLOVER table. Every other column is kept verbatim in imported. An event already stored
-- (same GlobalEventID) is left as it is; a GlobalEventID repeated in the file is stored once.
INSERT INTO events (article_hash, event_no, doc_id, published,
  source_code, source_country, source_agent, source_name, source_text,
  target_code, target_country, target_agent, target_name, target_text,
  cameo, root, goldstein, quad_class, plover_type, plover_mode,
  sentence_index, sentence_text, span_start, span_end, rule, entry, trigger, attribution, hedged, issues,
  place_written, place, geonames_id, feature, place_country, admin1, latitude, longitude, precision, location_method,
  event_key, primary_report, source_country_from, target_country_from,
  modality, casualty_words, event_date, time_precision, event_type, sub_event_type,
  provenance, external_id, imported)
SELECT 'gdelt:' || s.GlobalEventID, 0, s.SOURCEURL,
  coalesce(TRY_STRPTIME(left(s.DATEADDED, 8), '%Y%m%d'), STRPTIME(s.Day, '%Y%m%d'))::DATE,
  s.Actor1Code, s.Actor1CountryCode, s.Actor1Type1Code, s.Actor1Name, s.Actor1Name,
  s.Actor2Code, s.Actor2CountryCode, s.Actor2Type1Code, s.Actor2Name, s.Actor2Name,
  s.EventCode, s.EventRootCode, CAST(s.GoldsteinScale AS DOUBLE), CAST(s.QuadClass AS INTEGER),
  coalesce(c.plover_type, ''), coalesce(c.plover_mode, ''),
  0, '', 0, 0, 'import gdelt', '$file:' || s.line, '', '', false, '',
  nullif(s.ActionGeo_Fullname, ''), nullif(s.ActionGeo_Fullname, ''), NULL, NULL,
  CASE WHEN s.ActionGeo_CountryCode = '' THEN NULL ELSE coalesce(pc.iso3, '') END,
  CASE WHEN length(s.ActionGeo_ADM1Code) > 2 THEN substr(s.ActionGeo_ADM1Code, 3) ELSE NULL END,
  TRY_CAST(s.ActionGeo_Lat AS DOUBLE), TRY_CAST(s.ActionGeo_Long AS DOUBLE),
  CASE s.ActionGeo_Type WHEN '1' THEN 'country' WHEN '2' THEN 'admin1' WHEN '5' THEN 'admin1' WHEN '3' THEN 'city' WHEN '4' THEN 'city' END,
  CASE WHEN s.ActionGeo_Type IN ('1', '2', '3', '4', '5') THEN 'import' END,
  'gdelt-' || s.GlobalEventID, true,
  CASE WHEN s.Actor1CountryCode = '' THEN 'none' ELSE 'written' END, CASE WHEN s.Actor2CountryCode = '' THEN 'none' ELSE 'written' END,
  'asserted', '', STRPTIME(s.Day, '%Y%m%d')::DATE, 'day', '', '',
  'gdelt', s.GlobalEventID,
  json_object('FractionDate', s.FractionDate,
    'Actor1KnownGroupCode', s.Actor1KnownGroupCode, 'Actor1EthnicCode', s.Actor1EthnicCode,
    'Actor1Religion1Code', s.Actor1Religion1Code, 'Actor1Religion2Code', s.Actor1Religion2Code,
    'Actor1Type2Code', s.Actor1Type2Code, 'Actor1Type3Code', s.Actor1Type3Code,
    'Actor2KnownGroupCode', s.Actor2KnownGroupCode, 'Actor2EthnicCode', s.Actor2EthnicCode,
    'Actor2Religion1Code', s.Actor2Religion1Code, 'Actor2Religion2Code', s.Actor2Religion2Code,
    'Actor2Type2Code', s.Actor2Type2Code, 'Actor2Type3Code', s.Actor2Type3Code,
    'IsRootEvent', s.IsRootEvent, 'EventBaseCode', s.EventBaseCode,
    'NumMentions', s.NumMentions, 'NumSources', s.NumSources, 'NumArticles', s.NumArticles, 'AvgTone', s.AvgTone,
    'Actor1Geo_Type', s.Actor1Geo_Type, 'Actor1Geo_Fullname', s.Actor1Geo_Fullname, 'Actor1Geo_CountryCode', s.Actor1Geo_CountryCode,
    'Actor1Geo_ADM1Code', s.Actor1Geo_ADM1Code, 'Actor1Geo_ADM2Code', s.Actor1Geo_ADM2Code, 'Actor1Geo_Lat', s.Actor1Geo_Lat,
    'Actor1Geo_Long', s.Actor1Geo_Long, 'Actor1Geo_FeatureID', s.Actor1Geo_FeatureID,
    'Actor2Geo_Type', s.Actor2Geo_Type, 'Actor2Geo_Fullname', s.Actor2Geo_Fullname, 'Actor2Geo_CountryCode', s.Actor2Geo_CountryCode,
    'Actor2Geo_ADM1Code', s.Actor2Geo_ADM1Code, 'Actor2Geo_ADM2Code', s.Actor2Geo_ADM2Code, 'Actor2Geo_Lat', s.Actor2Geo_Lat,
    'Actor2Geo_Long', s.Actor2Geo_Long, 'Actor2Geo_FeatureID', s.Actor2Geo_FeatureID,
    'ActionGeo_Type', s.ActionGeo_Type, 'ActionGeo_CountryCode', s.ActionGeo_CountryCode, 'ActionGeo_ADM1Code', s.ActionGeo_ADM1Code,
    'ActionGeo_ADM2Code', s.ActionGeo_ADM2Code, 'ActionGeo_Lat', s.ActionGeo_Lat, 'ActionGeo_Long', s.ActionGeo_Long, 'ActionGeo_FeatureID', s.ActionGeo_FeatureID,
    'DATEADDED', s.DATEADDED)
FROM staging s
  LEFT JOIN fmt_cameo c ON c.code = s.EventCode
  LEFT JOIN fmt_countries pc ON pc.fips = s.ActionGeo_CountryCode
WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.article_hash = 'gdelt:' || s.GlobalEventID)
QUALIFY row_number() OVER (PARTITION BY s.GlobalEventID ORDER BY s.line) = 1
