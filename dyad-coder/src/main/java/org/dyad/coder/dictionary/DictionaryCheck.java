package org.dyad.coder.dictionary;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Validates a set of dictionaries and lists every problem by file and line: malformed lines,
 * unknown codes, bad dates, names listed twice, names that mean two different actors, and verb
 * entries that can never match because an entry before them always does. Backs {@code dyad dict
 * check}.
 */
public final class DictionaryCheck {
  private static final Set<NameKind> PLACES =
      EnumSet.of(NameKind.COUNTRY, NameKind.DEMONYM, NameKind.GOVERNMENT_METONYM, NameKind.ORGANIZATION, NameKind.GROUP);

  private DictionaryCheck() {}

  /** The problems of a source as {@code file:line: problem} lines, by file and line; empty when clean. */
  public static List<String> run(DictionarySource source) throws IOException {
    Problems problems = Problems.collecting();
    Dictionaries d = Dictionaries.load(source, problems);
    List<String> found = new ArrayList<>(problems.messages());
    found.addAll(nameConflicts(d.actors()));
    found.addAll(unreachableVerbs(d.verbs()));
    found.sort(Comparator.comparing(DictionaryCheck::file).thenComparingInt(DictionaryCheck::line).thenComparing(m -> m));
    return found;
  }

  private static List<String> nameConflicts(ActorDictionary actors) {
    List<String> found = new ArrayList<>();
    for (List<NameEntry> entries : actors.entries().values()) {
      for (int i = 1; i < entries.size(); i++) {
        NameEntry later = entries.get(i);
        for (int j = 0; j < i; j++) {
          String problem = conflict(entries.get(j), later);
          if (problem != null) {
            found.add(later.where() + ": " + problem);
            break;
          }
        }
      }
    }
    return found;
  }

  private static String conflict(NameEntry first, NameEntry later) {
    boolean comparable =
        (PLACES.contains(first.kind()) && PLACES.contains(later.kind())) || first.kind() == later.kind();
    if (!comparable) {
      return null; // "Jordan" the country and a person named Jordan may both exist
    }
    String name = "'" + later.written() + "'";
    if (later.kind() == NameKind.PERSON) {
      return first.name().equals(later.name()) ? null
          : "conflicting: " + name + " names " + later.name() + " and " + first.name() + " (" + first.where() + ")";
    }
    if (first.code().equals(later.code())) {
      return "duplicate: " + name + " is listed again (first at " + first.where() + ")";
    }
    return "conflicting: " + name + " is " + later.code() + " here and " + first.code() + " at " + first.where();
  }

  private static List<String> unreachableVerbs(VerbLexicon verbs) {
    List<String> found = new ArrayList<>();
    for (List<LexiconEntry> entries : verbs.byLemma()) {
      for (int i = 1; i < entries.size(); i++) {
        LexiconEntry later = entries.get(i);
        for (int j = 0; j < i; j++) {
          LexiconEntry first = entries.get(j);
          if (!first.particle().equals(later.particle())) {
            continue;
          }
          if (first.conditions().equals(later.conditions())) {
            found.add(later.where() + ": " + (first.code().equals(later.code()) ? "duplicate" : "conflicting")
                + ": same word and conditions as " + first.where() + ", which always wins");
            break;
          }
          if (first.conditions().equals(Conditions.NONE)) {
            found.add(later.where() + ": unreachable: " + first.where() + " has no conditions and always matches first");
            break;
          }
        }
      }
    }
    return found;
  }

  private static String file(String message) {
    int colon = message.indexOf(':');
    return colon < 0 ? message : message.substring(0, colon);
  }

  private static int line(String message) {
    String[] parts = message.split(":", 3);
    try {
      return parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
