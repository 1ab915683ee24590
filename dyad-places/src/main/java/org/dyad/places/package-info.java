/**
 * Places: the gazetteer (countries, first-level divisions and populated places of GeoNames, with
 * their ISO alpha-3 country and admin1 code) and the detector of wire-story datelines. It sits
 * below the coder, which takes a city that is acted upon as its country ("shelled Kharkiv" → UKR)
 * and gives unnamed actors the country of a place in their phrase ("police in Nairobi" → KENCOP),
 * and below the geolocator, which places events.
 */
package org.dyad.places;
