-- A POLECAT file (the 40 columns published on Harvard Dataverse, doi:10.7910/DVN/AJGVIT), staged
-- column by column, into events. Dyad's own columns take: the PLOVER event type and mode; the
-- intensity as the conflict-cooperation score (goldstein); the quad class (Quad Code when it is
-- 1-4, else the PLOVER manual's quad category of the type); the actors (name, raw name, country,
-- primary sector, and a code of country and sector when the sector is a three-letter code); the
-- date of the act and of publication; the place (name, raw name, GeoNames id, coordinates,
-- feature type); Source as the document. No CAMEO code is invented: cameo and root stay empty.
-- The whole row is kept in imported (its columns, tab-joined in the format's order). Importer's staging view holds
-- the checked rows (only the new ones, each Event ID once, when an event is stored already or repeated).
INSERT INTO events (article_hash, event_no, doc_id, published,
  source_code, source_country, source_agent, source_name, source_text,
  target_code, target_country, target_agent, target_name, target_text,
  cameo, root, goldstein, quad_class, plover_type, plover_mode,
  sentence_index, sentence_text, span_start, span_end, rule, entry, trigger, attribution, hedged, issues,
  place_written, place, geonames_id, feature, place_country, admin1, latitude, longitude, precision, location_method,
  event_key, primary_report, source_country_from, target_country_from,
  modality, casualty_words, event_date, time_precision, event_type, sub_event_type,
  provenance, external_id, imported)
SELECT 'polecat:' || s."Event ID", 0, s."Source",
  coalesce(TRY_STRPTIME(s."Publication Date", '%Y-%m-%d'), STRPTIME(s."Event Date", '%Y-%m-%d'))::DATE,
  s."Actor Country" || CASE WHEN regexp_full_match(s."Primary Actor Sector", '[A-Z]{3}') THEN s."Primary Actor Sector" ELSE '' END,
  s."Actor Country", s."Primary Actor Sector", s."Actor Name", s."Actor Name Raw",
  s."Recipient Country" || CASE WHEN regexp_full_match(s."Primary Recipient Sector", '[A-Z]{3}') THEN s."Primary Recipient Sector" ELSE '' END,
  s."Recipient Country", s."Primary Recipient Sector", s."Recipient Name", s."Recipient Name Raw",
  '', '', coalesce(TRY_CAST(s."Intensity" AS DOUBLE), 0.0),
  CASE WHEN s."Quad Code" IN ('1', '2', '3', '4') THEN CAST(s."Quad Code" AS INTEGER)
       WHEN upper(s."Event Type") IN ('AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE') THEN 1
       WHEN upper(s."Event Type") IN ('COOPERATE', 'AID', 'RETREAT') THEN 2
       WHEN upper(s."Event Type") IN ('REQUEST', 'ACCUSE', 'REJECT', 'THREATEN') THEN 3 ELSE 4 END,
  upper(s."Event Type"), s."Event Mode",
  0, '', 0, 0, 'import polecat', '$file:' || s.line, '', '', false, '',
  nullif(s."Raw Placename", ''), nullif(s."Placename", ''), TRY_CAST(s."GeoNames ID" AS BIGINT), nullif(s."Feature Type", ''),
  (SELECT pc.iso3 FROM fmt_countries pc WHERE lower(pc.name) = lower(s."Country") LIMIT 1), NULL,
  TRY_CAST(s."Latitude" AS DOUBLE), TRY_CAST(s."Longitude" AS DOUBLE),
  CASE WHEN TRY_CAST(s."Latitude" AS DOUBLE) IS NULL THEN NULL WHEN s."City" <> '' THEN 'city' WHEN s."Province" <> '' THEN 'admin1'
       -- a sea, strait, territory or other feature by its GeoNames feature code (http://www.geonames.org/export/codes.html)
       WHEN geonames_class(s."Feature Type") IN ('H', 'T', 'L', 'S') OR s."Feature Type" IN ('TERR', 'ZN', 'ZNB') THEN 'feature'
       ELSE 'country' END,
  CASE WHEN TRY_CAST(s."Latitude" AS DOUBLE) IS NULL THEN NULL ELSE 'import' END,
  'polecat-' || s."Event ID", true,
  CASE WHEN s."Actor Country" = '' THEN 'none' ELSE 'written' END, CASE WHEN s."Recipient Country" = '' THEN 'none' ELSE 'written' END,
  'asserted', '', STRPTIME(s."Event Date", '%Y-%m-%d')::DATE, 'day', '', '',
  'polecat', s."Event ID",
  s.imported
FROM staging s
