package org.dyad.coder.dictionary.petrarch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH agents dictionary (Phoenix.agents.txt): {@code NOUN_PHRASE {PLURALS} [~GOV]}
 * lines and {@code !NAME! = A, B} substitution sets used inside phrases ({@code CATTLE!PERSON!}).
 * Produces Dyad's {@code agents.tsv}: one row per sector code with its nouns, lower case.
 * Regular plurals need no entry in Dyad (nouns are matched on their lemma).
 */
final class PetrarchAgentReader {
  private static final Pattern SUBSTITUTION = Pattern.compile("^(![A-Z]+!)\\s*=\\s*(.+)$");
  private static final Pattern ENTRY = Pattern.compile("^(.*?)\\s*(\\{[^}]*\\})?\\s*\\[~?([A-Z]+)~?\\]\\s*$");

  private final Map<String, Set<String>> nounsByCode = new LinkedHashMap<>();
  private final Map<String, List<String>> substitutions = new LinkedHashMap<>();
  private int skipped;

  void read(Path file) throws IOException {
    for (PetrarchText.Line line : PetrarchText.lines(file)) {
      String text = line.text().trim();
      Matcher sub = SUBSTITUTION.matcher(text);
      if (sub.matches()) {
        List<String> values = new ArrayList<>();
        for (String v : sub.group(2).split(",")) {
          values.add(v.trim());
        }
        substitutions.put(sub.group(1), values);
        continue;
      }
      Matcher m = ENTRY.matcher(text);
      if (!m.matches() || m.group(1).isBlank()) {
        skipped++;
        continue;
      }
      Set<String> nouns = nounsByCode.computeIfAbsent(m.group(3), k -> new LinkedHashSet<>());
      for (String phrase : expand(m.group(1))) {
        nouns.add(PetrarchText.lower(phrase));
      }
      if (m.group(2) != null) {
        for (String plural : m.group(2).replaceAll("[{}]", "").trim().split("\\s+")) {
          if (!plural.isEmpty()) {
            nouns.add(PetrarchText.lower(plural));
          }
        }
      }
    }
  }

  private List<String> expand(String phrase) {
    for (Map.Entry<String, List<String>> s : substitutions.entrySet()) {
      if (phrase.contains(s.getKey())) {
        List<String> all = new ArrayList<>();
        for (String value : s.getValue()) {
          all.addAll(expand(phrase.replace(s.getKey(), value)));
        }
        return all;
      }
    }
    return List.of(phrase);
  }

  /** Dyad agents.tsv rows: code, nouns. */
  List<String> rows() {
    List<String> rows = new ArrayList<>();
    nounsByCode.forEach((code, nouns) -> rows.add(code + "\t" + String.join("|", nouns)));
    return rows;
  }

  int skipped() {
    return skipped;
  }
}
