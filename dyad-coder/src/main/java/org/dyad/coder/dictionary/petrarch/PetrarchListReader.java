package org.dyad.coder.dictionary.petrarch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH's two phrase lists. Discards (Phoenix.discards.txt): one phrase a line, {@code +}
 * in front for the whole story, a final {@code _} for a whole word (else a stem). Issues
 * (Phoenix.IssueCoding.txt): {@code phrase [CODE]} lines where {@code n:} gives a noun's singular
 * and plural, {@code v:} a verb's regular forms and {@code +} joins words with a space or a
 * hyphen; {@code <ISSUE …>} tags are ignored, and so are {@code ~} exclusion phrases, which Dyad's
 * lists do not have (they are counted as skipped).
 */
final class PetrarchListReader {
  private static final Pattern ISSUE = Pattern.compile("^(.+?)\\s*\\[([A-Za-z0-9_]+)\\]\\s*$");
  private static final int MAX_VARIANTS = 64;

  private final List<String> discards = new ArrayList<>();
  private final List<String> issues = new ArrayList<>();
  private int skipped;

  void readDiscards(Path file) throws IOException {
    for (PetrarchText.Line line : PetrarchText.lines(file)) {
      String text = line.text().trim();
      boolean article = text.startsWith("+");
      String phrase = article ? text.substring(1) : text;
      boolean word = phrase.endsWith("_");
      phrase = PetrarchText.lower(phrase);
      if (phrase.isEmpty()) {
        skipped++;
        continue;
      }
      discards.add(phrase + "\t" + (article ? "article" : "sentence") + "\t" + (word ? "word" : "stem") + "\t-");
    }
  }

  void readIssues(Path file) throws IOException {
    for (PetrarchText.Line line : PetrarchText.lines(file)) {
      String text = line.text().trim();
      if (text.startsWith("<")) {
        continue;
      }
      Matcher m = ISSUE.matcher(text);
      if (!m.matches()) {
        skipped++;
        continue;
      }
      String code = m.group(2).toUpperCase(Locale.ROOT);
      for (String variant : variants(m.group(1).toLowerCase(Locale.ROOT))) {
        issues.add(variant + "\t" + code);
      }
    }
  }

  private static Set<String> variants(String phrase) {
    Set<String> all = new LinkedHashSet<>();
    all.add("");
    for (String token : phrase.trim().split("\\s+")) {
      Set<String> forms = tokenForms(token);
      Set<String> next = new LinkedHashSet<>();
      for (String prefix : all) {
        for (String form : forms) {
          if (next.size() < MAX_VARIANTS) {
            next.add(prefix.isEmpty() ? form : prefix + " " + form);
          }
        }
      }
      all = next;
    }
    return all;
  }

  /** "pre+n:school" → "pre school", "pre-school", "pre schools", "pre-schools". */
  private static Set<String> tokenForms(String token) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add("");
    String[] parts = token.split("\\+");
    for (int i = 0; i < parts.length; i++) {
      Set<String> next = new LinkedHashSet<>();
      for (String prefix : forms) {
        for (String form : inflections(parts[i])) {
          if (i == 0) {
            next.add(form);
          } else {
            next.add(prefix + " " + form);
            next.add(prefix + "-" + form);
          }
        }
      }
      forms = next;
    }
    return forms;
  }

  private static List<String> inflections(String part) {
    if (part.startsWith("n:")) {
      String n = part.substring(2);
      return List.of(n, n.endsWith("y") ? n.substring(0, n.length() - 1) + "ies" : n.endsWith("s") ? n + "es" : n + "s");
    }
    if (part.startsWith("v:")) {
      String v = part.substring(2);
      String stem = v.endsWith("e") ? v.substring(0, v.length() - 1) : v;
      return List.of(v, v + "s", stem + "ed", stem + "ing");
    }
    return List.of(part);
  }

  /** Dyad discards.tsv rows: phrase, scope, match, unless_next (none: PETRARCH has no such column). */
  List<String> discards() {
    return discards;
  }

  /** Dyad issues.tsv rows: phrase, issue. */
  List<String> issues() {
    return new ArrayList<>(new LinkedHashSet<>(issues));
  }

  int skipped() {
    return skipped;
  }
}
