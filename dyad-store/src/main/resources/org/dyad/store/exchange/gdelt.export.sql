-- GDELT 2.0 event table: 61 tab-separated columns in the order of the GDELT 2.0 Event Codebook
-- (V2.0, 2015), no header; empty fields are empty (never quoted). One row per fused event with a
-- CAMEO code (an ACLED event, which has none, is left out rather than given an invented code).
-- Events imported from GDELT give back their own values of the columns Dyad keeps verbatim.
SELECT
  gdelt_id(e.provenance, e.external_id, e.article_hash, e.event_no, e.event_key) AS GlobalEventID,
  strftime(e.event_date, '%Y%m%d') AS Day,
  strftime(e.event_date, '%Y%m') AS MonthYear,
  year(e.event_date) AS Year,
  -- the codebook's (MONTH * 30 + DAY) / 365, counting completed months as GDELT's files do
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'FractionDate')
       ELSE printf('%.4f', year(e.event_date) + ((month(e.event_date) - 1) * 30 + day(e.event_date)) / 365.0) END AS FractionDate,
  gx(e.source_code) AS Actor1Code,
  gx(e.source_name) AS Actor1Name,
  gx(country3(e.source_country, sp.country)) AS Actor1CountryCode,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'Actor1KnownGroupCode') ELSE gx(sp.known_group) END AS Actor1KnownGroupCode,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'Actor1EthnicCode') ELSE gx(sp.ethnic) END AS Actor1EthnicCode,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'Actor1Religion1Code') ELSE gx(sp.religion1) END AS Actor1Religion1Code,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'Actor1Religion2Code') ELSE gx(sp.religion2) END AS Actor1Religion2Code,
  gx(CASE WHEN e.provenance = 'gdelt' OR e.source_agent <> '' THEN e.source_agent ELSE sp.type1 END) AS Actor1Type1Code,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'Actor1Type2Code') ELSE gx(sp.type2) END AS Actor1Type2Code,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'Actor1Type3Code') ELSE gx(sp.type3) END AS Actor1Type3Code,
  gx(e.target_code) AS Actor2Code,
  gx(e.target_name) AS Actor2Name,
  gx(country3(e.target_country, tp.country)) AS Actor2CountryCode,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'Actor2KnownGroupCode') ELSE gx(tp.known_group) END AS Actor2KnownGroupCode,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'Actor2EthnicCode') ELSE gx(tp.ethnic) END AS Actor2EthnicCode,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'Actor2Religion1Code') ELSE gx(tp.religion1) END AS Actor2Religion1Code,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'Actor2Religion2Code') ELSE gx(tp.religion2) END AS Actor2Religion2Code,
  gx(CASE WHEN e.provenance = 'gdelt' OR e.target_agent <> '' THEN e.target_agent ELSE tp.type1 END) AS Actor2Type1Code,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'Actor2Type2Code') ELSE gx(tp.type2) END AS Actor2Type2Code,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'Actor2Type3Code') ELSE gx(tp.type3) END AS Actor2Type3Code,
  -- 1 when the event is in the report's lead (its first sentence)
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'IsRootEvent') ELSE CASE WHEN e.sentence_index = 0 THEN '1' ELSE '0' END END AS IsRootEvent,
  e.cameo AS EventCode,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'EventBaseCode') ELSE left(e.cameo, 3) END AS EventBaseCode,
  e.root AS EventRootCode,
  e.quad_class AS QuadClass,
  e.goldstein AS GoldsteinScale,
  -- every report of the event (coded reports and near-duplicate copies), the distinct outlets, the reporting documents
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'NumMentions') ELSE CAST(e.reports AS VARCHAR) END AS NumMentions,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'NumSources') ELSE CAST(e.sources AS VARCHAR) END AS NumSources,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'NumArticles') ELSE CAST(e.reports AS VARCHAR) END AS NumArticles,
  -- Dyad measures no tone: 0, GDELT's neutral value
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'AvgTone') ELSE '0' END AS AvgTone,
  -- actor geography: the actor's country at country precision (type 1), else type 0 and empty
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'Actor1Geo_Type') ELSE CASE WHEN sc.fips IS NULL THEN '0' ELSE '1' END END AS Actor1Geo_Type,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'Actor1Geo_Fullname') ELSE gx(sc.name) END AS Actor1Geo_Fullname,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'Actor1Geo_CountryCode') ELSE gx(sc.fips) END AS Actor1Geo_CountryCode,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'Actor1Geo_ADM1Code') ELSE gx(sc.fips) END AS Actor1Geo_ADM1Code,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'Actor1Geo_ADM2Code') ELSE '' END AS Actor1Geo_ADM2Code,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'Actor1Geo_Lat') ELSE gx(sc.latitude) END AS Actor1Geo_Lat,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'Actor1Geo_Long') ELSE gx(sc.longitude) END AS Actor1Geo_Long,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'Actor1Geo_FeatureID') ELSE gx(sc.fips) END AS Actor1Geo_FeatureID,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'Actor2Geo_Type') ELSE CASE WHEN tc.fips IS NULL THEN '0' ELSE '1' END END AS Actor2Geo_Type,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'Actor2Geo_Fullname') ELSE gx(tc.name) END AS Actor2Geo_Fullname,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'Actor2Geo_CountryCode') ELSE gx(tc.fips) END AS Actor2Geo_CountryCode,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'Actor2Geo_ADM1Code') ELSE gx(tc.fips) END AS Actor2Geo_ADM1Code,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'Actor2Geo_ADM2Code') ELSE '' END AS Actor2Geo_ADM2Code,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'Actor2Geo_Lat') ELSE gx(tc.latitude) END AS Actor2Geo_Lat,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'Actor2Geo_Long') ELSE gx(tc.longitude) END AS Actor2Geo_Long,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'Actor2Geo_FeatureID') ELSE gx(tc.fips) END AS Actor2Geo_FeatureID,
  -- where the act happened: 1 country, 2 US state, 3 US city, 4 world city (or feature), 5 world state (ADM1)
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'ActionGeo_Type')
       WHEN e.precision = 'country' THEN '1'
       WHEN e.precision = 'admin1' THEN CASE WHEN e.place_country = 'USA' THEN '2' ELSE '5' END
       WHEN e.precision IN ('city', 'feature') THEN CASE WHEN e.place_country = 'USA' THEN '3' ELSE '4' END
       ELSE '0' END AS ActionGeo_Type,
  gx(e.place) AS ActionGeo_Fullname,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'ActionGeo_CountryCode') ELSE gx(pc.fips) END AS ActionGeo_CountryCode,
  -- FIPS country code followed by the first-order division's code (GeoNames admin1); the country code alone at country precision
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'ActionGeo_ADM1Code')
       WHEN pc.fips IS NULL THEN ''
       ELSE pc.fips || CASE WHEN e.precision = 'country' THEN '' ELSE coalesce(e.admin1, '') END END AS ActionGeo_ADM1Code,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'ActionGeo_ADM2Code') ELSE '' END AS ActionGeo_ADM2Code,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'ActionGeo_Lat') ELSE gx(e.latitude) END AS ActionGeo_Lat,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'ActionGeo_Long') ELSE gx(e.longitude) END AS ActionGeo_Long,
  -- the GeoNames id of a city or feature (empty for a feature GeoNames does not have: Dyad's own ids are no GNS
  -- feature ids); the ADM1 code of a division; the FIPS code of a country
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'ActionGeo_FeatureID')
       WHEN e.precision IN ('city', 'feature') THEN gx(geonames_id(e.geonames_id))
       WHEN e.precision = 'admin1' THEN gx(pc.fips || coalesce(e.admin1, ''))
       ELSE gx(pc.fips) END AS ActionGeo_FeatureID,
  CASE WHEN e.provenance = 'gdelt' THEN gdelt_kept(e.imported, 'DATEADDED')
       ELSE strftime(coalesce(e.ingested_at, CAST(e.published AS TIMESTAMP)), '%Y%m%d%H%M%S') END AS DATEADDED,
  gx(e.doc_id) AS SOURCEURL
FROM export_events e
  LEFT JOIN fmt_actor_parts sp ON sp.code = e.source_code
  LEFT JOIN fmt_actor_parts tp ON tp.code = e.target_code
  LEFT JOIN fmt_countries sc ON sc.iso3 = e.source_country
  LEFT JOIN fmt_countries tc ON tc.iso3 = e.target_country
  LEFT JOIN fmt_countries pc ON pc.iso3 = e.place_country
WHERE e.cameo <> ''
ORDER BY TRY_CAST(GlobalEventID AS BIGINT), SOURCEURL
