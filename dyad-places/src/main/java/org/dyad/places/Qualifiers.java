package org.dyad.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Narrows the places a name may mean by the state, division or country written after it: "Paris,
 * Texas" is Paris in Texas, "Tripoli, Lebanon" Tripoli in Lebanon, "London, Ontario" London in
 * Ontario. One rule for the geolocator and for the coder's actor phrases ("police in Paris,
 * Texas"), so both read a qualified name the same way. Thread-safe.
 */
public final class Qualifiers {
  private final Gazetteer gazetteer;
  private final UsStates states;

  public Qualifiers(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.states = UsStates.load();
  }

  /** The places that lie in the qualifier (a US state, a country or a first-level division); empty when none does. */
  public List<Place> narrow(List<Place> places, String qualifier) {
    Optional<String> state = states.code(qualifier);
    List<Place> regions = regions(qualifier);
    List<Place> narrowed = new ArrayList<>();
    for (Place p : places) {
      if (state.isPresent() && p.country().equals("USA") && p.admin1().equals(state.get()) || !within(List.of(p), regions).isEmpty()) {
        narrowed.add(p);
      }
    }
    return narrowed;
  }

  /** The countries and first-level divisions a qualifier names ("Niger": the country and Nigeria's Niger State). */
  public List<Place> regions(String qualifier) {
    return gazetteer.lookup(qualifier).stream().filter(c -> c.isCountry() || c.isDivision()).toList();
  }

  /** The places that lie in one of the regions (countries or first-level divisions), in their order; a division is not within another. */
  public static List<Place> within(List<Place> places, List<Place> regions) {
    List<Place> narrowed = new ArrayList<>();
    for (Place p : places) {
      boolean inCountry = regions.stream().anyMatch(c -> c.isCountry() && c.country().equals(p.country()));
      boolean inDivision = regions.stream().anyMatch(c -> c.isDivision() && c.country().equals(p.country()) && !c.admin1().isEmpty()
          && c.admin1().equals(p.admin1()) && !p.isDivision());
      if (inCountry || inDivision) {
        narrowed.add(p);
      }
    }
    return narrowed;
  }
}
