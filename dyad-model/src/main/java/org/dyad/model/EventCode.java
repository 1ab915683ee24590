package org.dyad.model;

import java.util.Objects;

/**
 * A CAMEO event code with what the ontology says of it.
 *
 * @param code the full code, two to four digits ("19", "195", "0872")
 * @param name the CAMEO name ("Employ aerial weapons")
 * @param goldstein the Goldstein conflict–cooperation score, −10 to +10
 * @param quadClass the quad class of its root
 * @param ploverType the PLOVER event type it maps to
 * @param ploverMode the PLOVER mode ("aerial", "visit"), or empty
 * @param ploverContext the PLOVER context ("military", "economic"), or empty
 */
public record EventCode(
    String code,
    String name,
    double goldstein,
    QuadClass quadClass,
    PloverType ploverType,
    String ploverMode,
    String ploverContext) {
  public EventCode {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(quadClass, "quadClass");
    Objects.requireNonNull(ploverType, "ploverType");
    Objects.requireNonNull(ploverMode, "ploverMode");
    Objects.requireNonNull(ploverContext, "ploverContext");
    if (code == null || !code.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("CAMEO code must be 2 to 4 digits, was " + code);
    }
    if (goldstein < -10 || goldstein > 10) {
      throw new IllegalArgumentException(
          "Goldstein score must be in [-10, 10], was " + goldstein + " for " + code);
    }
  }

  /** The two-digit root ("19" for "195"). */
  public String root() {
    return code.substring(0, 2);
  }
}
