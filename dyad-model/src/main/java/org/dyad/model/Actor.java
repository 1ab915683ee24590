package org.dyad.model;

import java.util.Objects;

/**
 * A resolved actor in CAMEO style: a country or organization code followed by a sector code.
 *
 * <p>{@code RUSGOV} is the Russian government, {@code UKRMIL} Ukraine's military, {@code
 * IGOWSTNAT} NATO, {@code OPP} an opposition with no country.
 *
 * @param code the full CAMEO actor code, e.g. {@code USAGOV}
 * @param country the country or organization part ({@code USA}, {@code IGOWSTNAT}), or empty
 * @param agent the sector/agent part ({@code GOV}, {@code MIL}), or empty
 * @param name a readable name: the person, organization or country ("Vladimir Putin", "Ukraine")
 */
public record Actor(String code, String country, String agent, String name) {
  public Actor {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(name, "name");
    if (code.isEmpty()) {
      throw new IllegalArgumentException("actor code must not be empty (name=" + name + ")");
    }
  }

  /** An actor made of a country (or organization) and a sector code, either possibly empty. */
  public static Actor of(String country, String agent, String name) {
    return new Actor(country + agent, country, agent, name);
  }
}
