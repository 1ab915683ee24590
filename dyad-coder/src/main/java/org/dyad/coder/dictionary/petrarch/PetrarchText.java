package org.dyad.coder.dictionary.petrarch;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reading helpers shared by the PETRARCH/TABARI dictionary readers. */
final class PetrarchText {
  private PetrarchText() {}

  /** A line of a dictionary file with its number, comment removed and trailing space stripped. */
  record Line(int number, String text) {}

  /** The non-blank lines of a file, comments ({@code #} to end of line) removed. */
  static List<Line> lines(Path file) throws IOException {
    List<Line> lines = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
      String raw;
      int number = 0;
      while ((raw = reader.readLine()) != null) {
        number++;
        int hash = raw.indexOf('#');
        String text = (hash >= 0 ? raw.substring(0, hash) : raw).stripTrailing();
        if (!text.isBlank()) {
          lines.add(new Line(number, text));
        }
      }
    }
    return lines;
  }

  /** "VLADIMIR_PUTIN_" → "Vladimir Putin"; words with a dot ("U.S.") keep their case. */
  static String name(String phrase) {
    StringBuilder out = new StringBuilder();
    for (String word : words(phrase)) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(word.contains(".") ? word : word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }

  /** "ARMED_RIOT_POLICE" → "armed riot police". */
  static String lower(String phrase) {
    return String.join(" ", words(phrase)).toLowerCase(Locale.ROOT);
  }

  static List<String> words(String phrase) {
    List<String> words = new ArrayList<>();
    for (String w : phrase.replace('_', ' ').trim().split("\\s+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }
}
