package org.dyad.coder.dictionary;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue keywords from {@code issues.tsv}: phrases that tag an event with what it is about
 * ("nuclear weapons" → NUCLEAR_WEAPONS), as PETRARCH's issue coding does. An event carries the
 * issues of its sentence, most mentioned first.
 */
public final class Issues {
  public static final String FILE = "issues.tsv";

  private final PhraseIndex<String> phrases = new PhraseIndex<>();

  private Issues() {}

  public static Issues load(DictionarySource source, Problems problems) throws IOException {
    Issues issues = new Issues();
    for (TsvFile.Row row : TsvFile.read(source, FILE, problems)) {
      String code = row.field(1);
      if (!code.matches("[A-Z][A-Z0-9_]*")) {
        problems.report(row.error("issue code must be upper case with '_', found '" + code + "'"));
        continue;
      }
      issues.phrases.add(row.field(0), false, code);
    }
    return issues;
  }

  /** The issue codes mentioned in the words (lower case), most mentioned first. */
  public List<String> in(List<String> words) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (PhraseIndex.Match<String> m : phrases.find(words)) {
      counts.merge(m.value(), 1, Integer::sum);
    }
    List<String> codes = new ArrayList<>(counts.keySet());
    codes.sort((a, b) -> counts.get(b) - counts.get(a));
    return codes;
  }
}
