package org.dyad.coder.dictionary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dictionary files Dyad reads, each with the header line it must start with. A file of a
 * directory that is not one of these names (a misspelt {@code countires.tsv}) would be ignored,
 * and a file without its header would have its first data line taken for the header, so both are
 * problems.
 */
public final class DictionaryFiles {
  private static final Map<String, List<String>> HEADERS = new LinkedHashMap<>();

  static {
    HEADERS.put("agents.tsv", List.of("code", "nouns"));
    HEADERS.put("countries.tsv", List.of("code", "names", "adjectives", "government_metonyms"));
    HEADERS.put("discards.tsv", List.of("phrase", "scope", "match", "unless_next"));
    HEADERS.put("facilities.tsv", List.of("code", "nouns"));
    HEADERS.put("groups.tsv", List.of("names", "country", "agent", "note"));
    HEADERS.put("issues.tsv", List.of("phrase", "issue"));
    HEADERS.put("organizations.tsv", List.of("code", "names"));
    HEADERS.put("people.tsv", List.of("names", "country", "role", "from", "to", "note"));
    HEADERS.put("verbs.tsv", List.of("kind", "lemma", "code", "conditions", "intent"));
  }

  private DictionaryFiles() {}

  /** The file names, in name order: agents.tsv, countries.tsv, … verbs.tsv. */
  public static Set<String> names() {
    return HEADERS.keySet();
  }

  /** The columns of the named file's header line; null for a name that is not a dictionary file. */
  static List<String> header(String fileName) {
    return HEADERS.get(fileName);
  }
}
