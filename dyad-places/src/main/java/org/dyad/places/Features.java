package org.dyad.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Seas, gulfs, straits, shoals, rivers, border regions and disputed areas ("the South China Sea",
 * "the Gaza Strip", "Donbas"), from the curated {@code features.tsv} (coordinates: rounded points
 * written by the Dyad authors; see NOTICE). Each is a {@link Place} whose feature is its GeoNames
 * feature code (SEA, GULF, STRT, CNL, SHOL, RF, ISLS, STM, RGN, TERR, PSTB, ZNB: the codes of
 * http://www.geonames.org/export/codes.html, so that the exchange formats carry them as they are), whose country is the state it lies in or
 * that administers it, or empty when it belongs to none, and whose id is minus two million and
 * its row. Kept apart from the {@link Gazetteer}, so that a feature is never taken for a city.
 */
public final class Features {
  /** The GeoNames feature codes {@code features.tsv} uses. */
  public static final java.util.Set<String> CLASSES = java.util.Set.of("SEA", "GULF", "STRT", "CNL", "SHOL", "RF", "ISLS", "STM", "RGN", "TERR",
      "PSTB", "ZNB");

  private final Map<String, Place> byName;
  private final int longestName;

  private Features(Map<String, Place> byName, int longestName) {
    this.byName = byName;
    this.longestName = longestName;
  }

  public static Features load() {
    Map<String, Place> byName = new HashMap<>();
    int longest = 1;
    try (InputStream in = Features.class.getResourceAsStream("features.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int row = 0;
      boolean header = true;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split("\t", -1);
        List<String> alternates = f[1].isEmpty() ? List.of() : List.of(f[1].split("\\|"));
        Place p = new Place(-(2_000_000L + ++row), f[0], alternates, f[2], f[3], "", 0, Double.parseDouble(f[4]), Double.parseDouble(f[5]));
        List<String> names = new ArrayList<>(alternates);
        names.add(f[0]);
        for (String n : names) {
          byName.putIfAbsent(Gazetteer.key(n), p);
          longest = Math.max(longest, n.split("[ -]").length);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read features.tsv", e);
    }
    return new Features(byName, longest);
  }

  /** The feature a name stands for ("the south china sea" and "South China Sea" alike). */
  public Optional<Place> lookup(String name) {
    return Optional.ofNullable(byName.get(Gazetteer.key(name)));
  }

  /** The most words a feature's name has. */
  public int longestName() {
    return longestName;
  }

  /** Whether a place is one of these features. */
  public static boolean isFeature(Place p) {
    return CLASSES.contains(p.feature());
  }
}
