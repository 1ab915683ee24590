package org.dyad.coder.dictionary;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person's role over a period: "USA GOV from 2021-01-20 to 2025-01-20".
 *
 * @param country the country or organization code
 * @param agent the sector code, or empty (a leader of an organization is the organization itself)
 * @param from first day of the role, or {@code null} for "always before"
 * @param to the day the role ended (exclusive), or {@code null} while it lasts
 * @param note the office, as written in the dictionary
 */
public record Role(String country, String agent, LocalDate from, LocalDate to, String note) {
  public Role {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(note, "note");
  }

  /** Whether the role holds on the given day. */
  public boolean holdsOn(LocalDate day) {
    return (from == null || !day.isBefore(from)) && (to == null || day.isBefore(to));
  }
}
