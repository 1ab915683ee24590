-- POLECAT: the 40 tab-separated columns, with a header, of the POLECAT files published on Harvard
-- Dataverse (doi:10.7910/DVN/AJGVIT), in their order. One row per fused event with a PLOVER type.
-- Wikipedia Actor ID and Wikipedia Recipient ID stay empty until Dyad links actors to Wikidata;
-- Dyad keeps no story-level entity lists (Story People, Organizations, Locations). Events imported
-- from POLECAT give back their own values of the columns Dyad keeps verbatim.
SELECT
  CASE WHEN e.provenance = 'polecat' THEN e.external_id ELSE e.event_key END AS "Event ID",
  strftime(e.event_date, '%Y-%m-%d') AS "Event Date",
  CASE WHEN e.provenance = 'polecat' THEN polecat_kept(e.imported, 'Event Type') ELSE gx(e.plover_type) END AS "Event Type",
  CASE WHEN e.provenance = 'polecat' THEN polecat_kept(e.imported, 'Event Mode') ELSE gx(e.plover_mode) END AS "Event Mode",
  CASE WHEN e.provenance = 'polecat' THEN polecat_kept(e.imported, 'Intensity') ELSE gx(e.goldstein) END AS "Intensity",
  CASE WHEN e.provenance = 'polecat' THEN polecat_kept(e.imported, 'Quad Code') ELSE CAST(e.quad_class AS VARCHAR) END AS "Quad Code",
  CASE WHEN e.provenance = 'polecat' THEN polecat_kept(e.imported, 'Contexts') ELSE gx(c.plover_context) END AS "Contexts",
  gx(e.source_name) AS "Actor Name",
  gx(country3(e.source_country, sp.country)) AS "Actor Country",
  CASE WHEN e.provenance = 'polecat' THEN polecat_kept(e.imported, 'Actor COW') ELSE gx(sc.cow) END AS "Actor COW",
  gx(e.source_agent) AS "Primary Actor Sector",
  CASE WHEN e.provenance = 'polecat' THEN polecat_kept(e.imported, 'Actor Sectors')
       ELSE array_to_string(list_filter([sp.type1, sp.type2, sp.type3], x -> x <> ''), ';') END AS "Actor Sectors",
  CASE WHEN e.provenance = 'polecat' THEN polecat_kept(e.imported, 'Actor Title') ELSE '' END AS "Actor Title",
  gx(e.source_text) AS "Actor Name Raw",
  CASE WHEN e.provenance = 'polecat' THEN polecat_kept(e.imported, 'Wikipedia Actor ID') ELSE '' END AS "Wikipedia Actor ID",
  gx(e.target_name) AS "Recipient Name",
  gx(country3(e.target_country, tp.country)) AS "Recipient Country",
  CASE WHEN e.provenance = 'polecat' THEN polecat_kept(e.imported, 'Recipient COW') ELSE gx(tc.cow) END AS "Recipient COW",
  gx(e.target_agent) AS "Primary Recipient Sector",
  CASE WHEN e.provenance = 'polecat' THEN polecat_kept(e.imported, 'Recipient Sectors')
       ELSE array_to_string(list_filter([tp.type1, tp.type2, tp.type3], x -> x <> ''), ';') END AS "Recipient Sectors",
  CASE WHEN e.provenance = 'polecat' THEN polecat_kept(e.imported, 'Recipient Title') ELSE '' END AS "Recipient Title",
  gx(e.target_text) AS "Recipient Name Raw",
  CASE WHEN e.provenance = 'polecat' THEN polecat_kept(e.imported, 'Wikipedia Recipient ID') ELSE '' END AS "Wikipedia Recipient ID",
  gx(e.place) AS "Placename",
  CASE WHEN e.provenance = 'polecat' THEN polecat_kept(e.imported, 'City') WHEN e.precision = 'city' THEN gx(e.place) ELSE '' END AS "City",
  CASE WHEN e.provenance = 'polecat' THEN polecat_kept(e.imported, 'District') ELSE '' END AS "District",
  CASE WHEN e.provenance = 'polecat' THEN polecat_kept(e.imported, 'Province') WHEN e.precision = 'admin1' THEN gx(e.place) ELSE '' END AS "Province",
  CASE WHEN e.provenance = 'polecat' THEN polecat_kept(e.imported, 'Country') ELSE gx(pc.name) END AS "Country",
  CASE WHEN e.provenance = 'polecat' THEN polecat_kept(e.imported, 'Latitude') ELSE gx(e.latitude) END AS "Latitude",
  CASE WHEN e.provenance = 'polecat' THEN polecat_kept(e.imported, 'Longitude') ELSE gx(e.longitude) END AS "Longitude",
  gx(geonames_id(e.geonames_id)) AS "GeoNames ID",
  gx(e.place_written) AS "Raw Placename",
  -- the GeoNames feature code (http://www.geonames.org/export/codes.html): PPL… a city, ADM1 a province, PCLI a country, SEA, STRT, TERR … a feature
  gx(geonames_code(e.feature)) AS "Feature Type",
  gx(CASE WHEN e.provenance = 'dyad' THEN coalesce(nullif(e.outlet, ''), e.doc_id) ELSE e.doc_id END) AS "Source",
  strftime(e.published, '%Y-%m-%d') AS "Publication Date",
  CASE WHEN e.provenance = 'polecat' THEN polecat_kept(e.imported, 'Story People') ELSE '' END AS "Story People",
  CASE WHEN e.provenance = 'polecat' THEN polecat_kept(e.imported, 'Story Organizations') ELSE '' END AS "Story Organizations",
  CASE WHEN e.provenance = 'polecat' THEN polecat_kept(e.imported, 'Story Locations') ELSE '' END AS "Story Locations",
  CASE WHEN e.provenance = 'polecat' THEN polecat_kept(e.imported, 'Language') ELSE 'en' END AS "Language",
  CASE WHEN e.provenance = 'polecat' THEN polecat_kept(e.imported, 'Version') ELSE 'dyad-0.1.0' END AS "Version"
FROM export_events e
  LEFT JOIN fmt_actor_parts sp ON sp.code = e.source_code
  LEFT JOIN fmt_actor_parts tp ON tp.code = e.target_code
  LEFT JOIN fmt_countries sc ON sc.iso3 = e.source_country
  LEFT JOIN fmt_countries tc ON tc.iso3 = e.target_country
  LEFT JOIN fmt_countries pc ON pc.iso3 = e.place_country
  LEFT JOIN fmt_cameo c ON c.code = e.cameo
WHERE e.plover_type <> ''
ORDER BY "Event Date", "Event ID"
