package org.dyad.coder.dictionary;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One name of the actor dictionaries and what it means.
 *
 * @param kind what the name stands for
 * @param code the country, organization or agent code; for a person, the country of the first role
 * @param name the canonical name ("Vladimir Putin", "Russia")
 * @param written the name as written in the dictionary ("Kremlin", "U.S.")
 * @param roles a person's roles, empty for the other kinds
 * @param where the dictionary file and line, for evidence
 */
public record NameEntry(
    NameKind kind, String code, String name, String written, List<Role> roles, String where) {
  public NameEntry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(written, "written");
    roles = List.copyOf(roles);
    Objects.requireNonNull(where, "where");
  }

  /** The role a person held on the day, if any. */
  public Optional<Role> roleOn(LocalDate day) {
    return roles.stream().filter(r -> r.holdsOn(day)).findFirst();
  }

  /**
   * Whether text matches this name only with the same letter case: short all-capital names such
   * as "US", "UN", "EU" would otherwise match the words "us", "un", "eu".
   */
  public boolean caseSensitive() {
    return written.length() <= 4 && written.chars().allMatch(Character::isUpperCase);
  }

  /** Whether this is a proper name, which text must write with a capital. */
  public boolean proper() {
    return kind != NameKind.AGENT && Character.isUpperCase(written.codePointAt(0));
  }
}
