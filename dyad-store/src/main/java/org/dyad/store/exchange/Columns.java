package org.dyad.store.exchange;

import java.util.List;

/**
 * The column lists of the exchange formats, as their specifications give them; the exports'
 * queries write these columns in this order and the imports read them.
 */
final class Columns {
  /** GDELT 2.0 Event Codebook (V2.0, 2015), the event table: 61 columns. */
  static final List<String> GDELT_EVENTS = List.of(
      "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code",
      "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code",
      "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources",
      "NumArticles", "AvgTone",
      "Actor1Geo_Type", "Actor1Geo_Fullname", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat",
      "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_Fullname", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat",
      "Actor2Geo_Long", "Actor2Geo_FeatureID",
      "ActionGeo_Type", "ActionGeo_Fullname", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat",
      "ActionGeo_Long", "ActionGeo_FeatureID",
      "DATEADDED", "SOURCEURL");

  /** GDELT 2.0 Event Codebook (V2.0, 2015), the mentions table: 16 columns, one row per mention of an event. */
  static final List<String> GDELT_MENTIONS = List.of(
      "GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier", "SentenceID",
      "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
      "MentionDocTranslationInfo", "Extras");

  /** ACLED codebook (acledR's acled_codebook): 31 columns. */
  static final List<String> ACLED = List.of(
      "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
      "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
      "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
      "source", "source_scale", "notes", "fatalities", "tags", "timestamp");

  /** POLECAT as published on Harvard Dataverse (doi:10.7910/DVN/AJGVIT): 40 columns, header row as here. */
  static final List<String> POLECAT = List.of(
      "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts",
      "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title", "Actor Name Raw",
      "Wikipedia Actor ID",
      "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors", "Recipient Title",
      "Recipient Name Raw", "Wikipedia Recipient ID",
      "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID", "Raw Placename", "Feature Type",
      "Source", "Publication Date", "Story People", "Story Organizations", "Story Locations", "Language", "Version");

  private Columns() {}
}
