-- ACLED: the 31 comma-separated columns, with a header, of the ACLED codebook (as packaged in
-- acledR's acled_codebook), in its order. One row per fused event with an ACLED event type (the
-- political violence, demonstrations and strategic developments Dyad types from conflict-types.tsv);
-- actor names are Dyad's dictionary names, inter codes follow the codebook's numeric actor types
-- (1 state forces, 2 rebels, 3 political militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other,
-- 0 no actor). Dyad keeps no ACLED region, no admin names and no source scale: those stay empty.
-- Events imported from ACLED give back their own values of the columns Dyad keeps verbatim.
WITH x AS (
  SELECT e.*, pc.iso_numeric, pc.name AS country_name,
    CASE WHEN e.source_code = '' THEN 0
         WHEN e.event_type = 'Protests' THEN 6 WHEN e.event_type = 'Riots' THEN 5
         WHEN e.source_agent IN ('REB', 'INS', 'SEP') THEN 2 WHEN e.source_agent = 'UAF' THEN 3
         WHEN e.source_agent = 'CVL' THEN 7 WHEN e.source_agent IN ('IGO', 'NGO', 'IMG', 'MNC', 'NGM') THEN 8 ELSE 1 END AS i1,
    CASE WHEN e.target_code = '' THEN 0
         WHEN e.event_type = 'Violence against civilians' OR e.target_agent = 'CVL' THEN 7
         WHEN e.target_agent IN ('REB', 'INS', 'SEP') THEN 2 WHEN e.target_agent = 'UAF' THEN 3
         WHEN e.target_agent IN ('IGO', 'NGO', 'IMG', 'MNC', 'NGM') THEN 8 ELSE 1 END AS i2
  FROM export_events e LEFT JOIN fmt_countries pc ON pc.iso3 = e.place_country
  WHERE e.event_type <> '')
SELECT
  CASE WHEN provenance = 'acled' THEN external_id
       ELSE coalesce(nullif(place_country, ''), 'XXX') || gdelt_id(provenance, external_id, article_hash, event_no, event_key) END
    AS event_id_cnty,
  CASE WHEN provenance = 'acled' THEN acled_kept(imported, 'event_date') ELSE strftime(event_date, '%Y-%m-%d') END AS event_date,
  year(event_date) AS year,
  CASE WHEN provenance = 'acled' THEN acled_kept(imported, 'time_precision')
       ELSE CASE time_precision WHEN 'day' THEN '1' WHEN 'week' THEN '2' ELSE '3' END END AS time_precision,
  CASE WHEN provenance = 'acled' THEN acled_kept(imported, 'disorder_type')
       WHEN event_type IN ('Protests', 'Riots') THEN 'Demonstrations'
       WHEN event_type = 'Strategic developments' THEN 'Strategic developments'
       ELSE 'Political violence' END AS disorder_type,
  event_type,
  sub_event_type,
  source_name AS actor1,
  CASE WHEN provenance = 'acled' THEN acled_kept(imported, 'assoc_actor_1') ELSE '' END AS assoc_actor_1,
  CASE WHEN provenance = 'acled' THEN acled_kept(imported, 'inter1') ELSE CAST(i1 AS VARCHAR) END AS inter1,
  target_name AS actor2,
  CASE WHEN provenance = 'acled' THEN acled_kept(imported, 'assoc_actor_2') ELSE '' END AS assoc_actor_2,
  CASE WHEN provenance = 'acled' THEN acled_kept(imported, 'inter2') ELSE CAST(i2 AS VARCHAR) END AS inter2,
  CASE WHEN provenance = 'acled' THEN acled_kept(imported, 'interaction') ELSE CAST(least(i1, i2) * 10 + greatest(i1, i2) AS VARCHAR) END
    AS interaction,
  CASE WHEN provenance = 'acled' THEN acled_kept(imported, 'civilian_targeting')
       WHEN event_type = 'Violence against civilians' THEN 'Civilian targeting' ELSE '' END AS civilian_targeting,
  CASE WHEN provenance = 'acled' THEN acled_kept(imported, 'iso') ELSE coalesce(CAST(TRY_CAST(iso_numeric AS INTEGER) AS VARCHAR), '') END AS iso,
  CASE WHEN provenance = 'acled' THEN acled_kept(imported, 'region') ELSE '' END AS region,
  CASE WHEN provenance = 'acled' THEN acled_kept(imported, 'country') ELSE coalesce(country_name, '') END AS country,
  CASE WHEN provenance = 'acled' THEN acled_kept(imported, 'admin1') WHEN precision = 'admin1' THEN place ELSE '' END AS admin1,
  CASE WHEN provenance = 'acled' THEN acled_kept(imported, 'admin2') ELSE '' END AS admin2,
  CASE WHEN provenance = 'acled' THEN acled_kept(imported, 'admin3') ELSE '' END AS admin3,
  coalesce(place, '') AS location,
  CASE WHEN provenance = 'acled' THEN acled_kept(imported, 'latitude') ELSE CAST(latitude AS VARCHAR) END AS latitude,
  CASE WHEN provenance = 'acled' THEN acled_kept(imported, 'longitude') ELSE CAST(longitude AS VARCHAR) END AS longitude,
  CASE WHEN provenance = 'acled' THEN acled_kept(imported, 'geo_precision')
       ELSE CASE precision WHEN 'city' THEN '1' WHEN 'admin1' THEN '2' WHEN 'feature' THEN '2' WHEN 'country' THEN '3' ELSE '' END END
    AS geo_precision,
  CASE WHEN provenance = 'dyad' THEN coalesce(nullif(outlet, ''), doc_id) ELSE doc_id END AS source,
  CASE WHEN provenance = 'acled' THEN acled_kept(imported, 'source_scale') ELSE '' END AS source_scale,
  sentence_text AS notes,
  coalesce(fatalities, 0) AS fatalities,
  CASE WHEN provenance = 'acled' THEN acled_kept(imported, 'tags') ELSE '' END AS tags,
  CASE WHEN provenance = 'acled' THEN acled_kept(imported, 'timestamp')
       ELSE CAST(epoch(coalesce(ingested_at, CAST(published AS TIMESTAMP)))::BIGINT AS VARCHAR) END AS timestamp
FROM x
ORDER BY event_date, event_id_cnty
