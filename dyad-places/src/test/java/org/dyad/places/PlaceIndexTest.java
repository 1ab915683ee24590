package org.dyad.places;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The binary index finds what a map built straight from the gazetteer's text finds, for every name of it. */
class PlaceIndexTest {
  @Test
  void everyNameOfTheText_findsTheSamePlacesInTheSameOrder() throws IOException {
    Map<String, List<Place>> expected = new HashMap<>();
    Map<String, Place> countries = new HashMap<>();
    int size = readText(expected, countries);
    Gazetteer gazetteer = Gazetteer.load();
    assertEquals(size, gazetteer.size());
    for (Map.Entry<String, List<Place>> e : expected.entrySet()) {
      assertEquals(e.getValue(), gazetteer.indexed(e.getKey()), e.getKey());
    }
    for (Map.Entry<String, Place> e : countries.entrySet()) {
      assertEquals(e.getValue(), gazetteer.country(e.getKey()), e.getKey());
    }
    assertTrue(expected.size() > 250_000, "names: " + expected.size());
    assertEquals(List.of(), gazetteer.lookup("zzzz no such place"));
    assertEquals(List.of(), gazetteer.lookup("aaaaa"));
  }

  @Test
  void theShippedIndex_isTheTextsIndex() throws IOException {
    try (InputStream shipped = Gazetteer.class.getResourceAsStream(Gazetteer.BINARY)) {
      assertTrue(shipped != null, "the build wrote no " + Gazetteer.BINARY);
      assertArrayEquals(Gazetteer.indexOfText(), shipped.readAllBytes());
    }
  }

  @Test
  void aPlace_isDecodedOnce() throws IOException {
    Gazetteer gazetteer = Gazetteer.load();
    assertSame(kyiv(gazetteer, "Kyiv"), kyiv(gazetteer, "Kiev"));
  }

  private static Place kyiv(Gazetteer gazetteer, String name) {
    return gazetteer.lookup(name).stream().filter(p -> p.geonameId() == 703448).findFirst().orElseThrow();
  }

  /** The gazetteer's reader before the binary index: one map entry per folded name. */
  private static int readText(Map<String, List<Place>> byName, Map<String, Place> countries) throws IOException {
    int size = 0;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Gazetteer.class.getResourceAsStream(Gazetteer.TEXT)), StandardCharsets.UTF_8))) {
      boolean header = true;
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split("\t", -1);
        Place p = Gazetteer.placeOf(f);
        size++;
        if (p.isCountry()) {
          countries.put(p.country(), p);
        }
        index(byName, p.name(), p);
        index(byName, f[2], p);
        for (String a : p.alternates()) {
          index(byName, a, p);
        }
      }
    }
    return size;
  }

  private static void index(Map<String, List<Place>> byName, String name, Place p) {
    List<Place> places = byName.computeIfAbsent(Gazetteer.key(name), k -> new ArrayList<>(1));
    if (places.isEmpty() || places.get(places.size() - 1) != p) {
      places.add(p);
    }
  }
}
