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
 * @param placeCountries the countries of the sizeable cities and divisions the article names ("in Lagos",
 *     "a Zamfara state spokesman"), most often named first: where its unnamed actors are when no
 *     country is named (kept apart from {@code countries}, which also rank the places a name may mean)
 * @param caseless whether the article is written all in lower (or upper) case
 */
record ArticleContext(Optional<Datelines.Dateline> dateline, List<String> countries, List<String> placeCountries, boolean caseless) {
  ArticleContext {
    countries = List.copyOf(countries);
    placeCountries = List.copyOf(placeCountries);
  }

  /** The dateline's CAMEO country, or empty. */
  String datelineCountry() {
    return dateline.map(d -> PlaceNames.cameoCountry(d.place())).orElse("");
  }
}
