-- PLOVER JSON lines, field names and objects per the PLOVER manual's "Data Fields" chapter (draft
-- 0.8): id, date, actor and recipient (lists of entity objects), event, event_loc (a location
-- object), event_text, quad_code, event_scale, mode, context, text, text_info, cite_info, coder,
-- coded_date. identifier_id and identifier_text (Wikidata) stay empty until Dyad links actors to
-- Wikidata. Dyad's own fields follow: published, modality, hedged, attribution, cameo, reports,
-- sources and size (the largest toll any report states). One record per fused event with a PLOVER type.
SELECT
  e.event_key AS id,
  true AS has_event,
  strftime(e.event_date, '%Y-%m-%d') AS date,
  [{'code': coalesce(nullif(country3(e.source_country, sp.country), ''), left(e.source_code, 3)),
    'sector': coalesce(nullif(e.source_agent, ''), sp.type1, ''), 'entity_text': e.source_text,
    'identifier_id': '', 'identifier_text': '', 'religion': coalesce(sp.religion1, ''), 'ethnicity': coalesce(sp.ethnic, ''),
    'office': '', 'gender': '', 'age': NULL::INTEGER}] AS actor,
  CASE WHEN e.target_code = '' THEN [] ELSE
  [{'code': coalesce(nullif(country3(e.target_country, tp.country), ''), left(e.target_code, 3)),
    'sector': coalesce(nullif(e.target_agent, ''), tp.type1, ''), 'entity_text': e.target_text,
    'identifier_id': '', 'identifier_text': '', 'religion': coalesce(tp.religion1, ''), 'ethnicity': coalesce(tp.ethnic, ''),
    'office': '', 'gender': '', 'age': NULL::INTEGER}] END AS recipient,
  [e.plover_type] AS event,
  CASE WHEN e.place IS NULL THEN NULL ELSE
  {'extracted_place': coalesce(e.place_written, ''), 'resolved_place': e.place, 'geonameid': geonames_id(e.geonames_id),
   'lat': e.latitude, 'lon': e.longitude, 'city': CASE WHEN e.precision = 'city' THEN e.place ELSE '' END,
   'district': '', 'province': CASE WHEN e.precision = 'admin1' THEN e.place ELSE '' END,
   'country': coalesce(pc.name, ''), 'country_code': coalesce(e.place_country, ''),
   -- GeoNames feature class and code (http://www.geonames.org/export/codes.html), as the manual's location object asks
   'feature_class': CASE WHEN e.precision = 'city' THEN 'P' WHEN e.precision IN ('country', 'admin1') THEN 'A'
     ELSE geonames_class(geonames_code(e.feature)) END,
   'feature_code': geonames_code(e.feature),
   'resolution': CASE e.precision WHEN 'city' THEN 4 WHEN 'admin1' THEN 2 WHEN 'country' THEN 1 END} END AS event_loc,
  CASE WHEN e.trigger = '' THEN [] ELSE [e.trigger] END AS event_text,
  e.quad_class AS quad_code,
  e.goldstein AS event_scale,
  CASE WHEN e.plover_mode = '' THEN [] ELSE [e.plover_mode] END AS mode,
  CASE WHEN coalesce(c.plover_context, '') = '' THEN [] ELSE [c.plover_context] END AS context,
  e.sentence_text AS text,
  {'sequence': e.sentence_index, 'start': e.span_start, 'end': e.span_end} AS text_info,
  {'url': e.doc_id, 'title': coalesce(e.article_title, ''), 'publication': coalesce(e.outlet, ''), 'language': 'en',
   'coder': CASE WHEN e.provenance = 'dyad' THEN 'dyad ' || e.rule ELSE e.provenance END, 'codebook': 'plover-0.8'} AS cite_info,
  CASE WHEN e.provenance = 'dyad' THEN 'dyad' ELSE e.provenance END AS coder,
  strftime(coalesce(e.ingested_at, CAST(e.published AS TIMESTAMP)), '%Y-%m-%d') AS coded_date,
  e.published,
  e.modality,
  e.hedged,
  e.attribution,
  e.cameo,
  e.reports,
  e.sources,
  {'dead': e.fatalities, 'injured': e.injured, 'arrested': e.arrested} AS size,
  -- how precise the place is (city, admin1, feature, country; none when unplaced) and how it was found
  -- (sentence, place-target, dateline, article, or actor-country: only an actor's country, no place of the event's own)
  CASE WHEN e.place IS NULL THEN 'none' ELSE coalesce(e.precision, '') END AS geo_precision,
  coalesce(e.location_method, '') AS geo_method
FROM export_events e
  LEFT JOIN fmt_actor_parts sp ON sp.code = e.source_code
  LEFT JOIN fmt_actor_parts tp ON tp.code = e.target_code
  LEFT JOIN fmt_countries pc ON pc.iso3 = e.place_country
  LEFT JOIN fmt_cameo c ON c.code = e.cameo
WHERE e.plover_type <> ''
ORDER BY e.event_date, e.event_key
