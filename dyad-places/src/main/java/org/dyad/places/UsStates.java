package org.dyad.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** US state names and GeoNames admin1 codes ("Texas" → "TX"), for qualifiers like "Paris, Texas". */
public final class UsStates {
  private final Map<String, String> codes;

  private UsStates(Map<String, String> codes) {
    this.codes = codes;
  }

  public static UsStates load() {
    Map<String, String> codes = new HashMap<>();
    try (InputStream in = UsStates.class.getResourceAsStream("us-states.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.startsWith("#") && !line.isBlank()) {
          String[] f = line.split("\t");
          codes.put(Gazetteer.key(f[0]), f[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read us-states.tsv", e);
    }
    return new UsStates(codes);
  }

  public Optional<String> code(String name) {
    return Optional.ofNullable(codes.get(Gazetteer.key(name)));
  }
}
