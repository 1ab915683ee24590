package org.dyad.coder.dictionary;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.DyadInputException;
import org.dyad.model.EventCode;
import org.dyad.ontology.CameoOntology;

/**
 * The event words of {@code verbs.tsv}, indexed by lemma; entries of one lemma keep their file
 * order, most specific first. Immutable and thread-safe once loaded.
 */
public final class VerbLexicon {
  public static final String FILE = "verbs.tsv";

  private final Map<String, List<LexiconEntry>> verbs;
  private final Map<String, List<LexiconEntry>> nouns;

  private VerbLexicon(Map<String, List<LexiconEntry>> verbs, Map<String, List<LexiconEntry>> nouns) {
    this.verbs = verbs;
    this.nouns = nouns;
  }

  /** Loads {@code verbs.tsv}, failing at the first bad line; every code must exist in the ontology. */
  public static VerbLexicon load(DictionarySource source, CameoOntology ontology) throws IOException {
    return load(source, ontology, Problems.strict());
  }

  /** Loads {@code verbs.tsv}, sending bad lines to {@code problems}. */
  public static VerbLexicon load(DictionarySource source, CameoOntology ontology, Problems problems)
      throws IOException {
    Map<String, List<LexiconEntry>> verbs = new HashMap<>();
    Map<String, List<LexiconEntry>> nouns = new HashMap<>();
    for (TsvFile.Row row : TsvFile.read(source, FILE, problems)) {
      LexiconEntry entry;
      try {
        entry = parse(row, ontology);
      } catch (DyadInputException e) {
        problems.report(e);
        continue;
      }
      (entry.nominal() ? nouns : verbs)
          .computeIfAbsent(entry.lemma(), k -> new ArrayList<>())
          .add(entry);
    }
    return new VerbLexicon(verbs, nouns);
  }

  private static LexiconEntry parse(TsvFile.Row row, CameoOntology ontology)
      throws DyadInputException {
    String kind = row.field(0);
    if (!kind.equals("verb") && !kind.equals("noun")) {
      throw row.error("kind must be 'verb' or 'noun', found '" + kind + "'");
    }
    String[] words = row.field(1).split("\\s+", 2);
    return new LexiconEntry(
        kind.equals("noun"),
        words[0],
        words.length > 1 ? words[1] : "",
        eventCode(row, row.field(2), ontology),
        conditions(row, row.field(3)),
        row.field(4).equals("-") ? null : eventCode(row, row.field(4), ontology),
        row.where());
  }

  private static EventCode eventCode(TsvFile.Row row, String code, CameoOntology ontology)
      throws DyadInputException {
    return ontology.find(code).orElseThrow(() -> row.error("unknown CAMEO event code '" + code + "'"));
  }

  private static Conditions conditions(TsvFile.Row row, String field) throws DyadInputException {
    if (field.equals("-")) {
      return Conditions.NONE;
    }
    Map<String, Set<String>> tests = new HashMap<>();
    for (String test : field.split(";")) {
      String[] kv = test.strip().split("=", 2);
      if (kv.length != 2 || !Set.of("with", "mod", "obj", "subj", "prep").contains(kv[0])) {
        throw row.error("condition '" + test + "' is not one of with=, mod=, obj=, subj=, prep=");
      }
      tests.put(kv[0], new HashSet<>(TsvFile.list(kv[1])));
    }
    return new Conditions(
        tests.getOrDefault("with", Set.of()),
        tests.getOrDefault("mod", Set.of()),
        tests.getOrDefault("obj", Set.of()),
        tests.getOrDefault("subj", Set.of()),
        tests.getOrDefault("prep", Set.of()));
  }

  /** The verb entries for a lemma, in file order. */
  public List<LexiconEntry> verbs(String lemma) {
    return verbs.getOrDefault(lemma, List.of());
  }

  /** The noun entries for a lemma, in file order. */
  public List<LexiconEntry> nouns(String lemma) {
    return nouns.getOrDefault(lemma, List.of());
  }

  /** All entries, verbs then nouns, each lemma's in file order; for {@link DictionaryCheck}. */
  List<List<LexiconEntry>> byLemma() {
    List<List<LexiconEntry>> all = new ArrayList<>(verbs.values());
    all.addAll(nouns.values());
    return all;
  }

  public int size() {
    return verbs.values().stream().mapToInt(List::size).sum()
        + nouns.values().stream().mapToInt(List::size).sum();
  }
}
