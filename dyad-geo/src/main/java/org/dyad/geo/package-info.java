/**
 * Geo: coded events to located events, on the gazetteer of {@code dyad-places} (every country and
 * populated place of at least 1,000 people, GeoNames cities500, CC BY 4.0; country centroids from
 * world-countries, ODbL). {@link org.dyad.geo.GeoLocator}
 * picks each event's place from its sentence, then its article, then its actors' countries.
 *
 * <p>Invariants: a location's written name is a span of the event's sentence or empty (actor
 * country). What it does not do yet: first-level divisions (cities500 carries only their codes),
 * places without a preceding locative preposition, named-entity tagging.
 */
package org.dyad.geo;
