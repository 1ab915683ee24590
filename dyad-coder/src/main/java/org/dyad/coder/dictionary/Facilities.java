package org.dyad.coder.dictionary;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Facility nouns from {@code facilities.tsv}: the things an attack or a raid is aimed at when its
 * object names no actor ("a police station", "an oil depot"), each with the sector of the people
 * it stands for (COP), or none when it stands for its country alone. The coder takes the
 * target's country from the place the phrase names.
 */
public final class Facilities {
  public static final String FILE = "facilities.tsv";
  /** The code of a facility that stands for no sector. */
  private static final String NO_SECTOR = "-";

  private final Map<String, String> sectorByNoun = new HashMap<>();

  private Facilities() {}

  public static Facilities load(DictionarySource source, Problems problems) throws IOException {
    Facilities facilities = new Facilities();
    for (TsvFile.Row row : TsvFile.read(source, FILE, problems)) {
      String code = row.field(0);
      if (!code.equals(NO_SECTOR) && !code.matches("[A-Z]{3}")) {
        problems.report(row.error("sector must be a three-letter CAMEO sector code or '-', found '" + code + "'"));
        continue;
      }
      for (String noun : TsvFile.list(row.field(1))) {
        String key = noun.toLowerCase(Locale.ROOT);
        String before = facilities.sectorByNoun.putIfAbsent(key, code);
        if (before != null) {
          problems.report(row.error("'" + noun + "' is already a facility of " + before));
        }
      }
    }
    return facilities;
  }

  /**
   * The facility named by the longest run of words ending a noun phrase ("military base" before
   * "base"): empty when no run is a facility; a present empty string when it stands for no sector.
   *
   * @param words the phrase's modifier words and its head, in order, any case
   */
  public Optional<String> sectorOf(List<String> words) {
    for (int from = 0; from < words.size(); from++) {
      String key = String.join(" ", words.subList(from, words.size())).toLowerCase(Locale.ROOT);
      String code = sectorByNoun.get(key);
      if (code != null) {
        return Optional.of(code.equals(NO_SECTOR) ? "" : code);
      }
    }
    return Optional.empty();
  }
}
