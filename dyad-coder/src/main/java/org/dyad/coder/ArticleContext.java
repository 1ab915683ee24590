package org.dyad.coder;

import java.util.List;
import java.util.Optional;
import org.dyad.places.Datelines;

/**
 * What the coder knows of an article before coding its sentences: its dateline, the country it is
 * mostly about, and whether it is written without letter case. Unnamed actors ("police", "two
 * people") that nothing closer places take their country from here.
 *
 * @param dateline the dateline the article opens with, if any
 * @param countries the countries the article names (countries, nationalities, seats of government,
 *     the dateline counting twice), most often named first, ties in order of first mention
 * @param caseless whether the article is written all in lower (or upper) case
 */
record ArticleContext(Optional<Datelines.Dateline> dateline, List<String> countries, boolean caseless) {
  ArticleContext {
    countries = List.copyOf(countries);
  }

  /** The dateline's CAMEO country, or empty. */
  String datelineCountry() {
    return dateline.map(d -> PlaceNames.cameoCountry(d.place())).orElse("");
  }
}
