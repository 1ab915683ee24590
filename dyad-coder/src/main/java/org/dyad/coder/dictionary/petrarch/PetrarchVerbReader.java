package org.dyad.coder.dictionary.petrarch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.ontology.CameoOntology;

/**
 * Reads a PETRARCH-2 verb dictionary (CAMEO.2.0.txt; format in the PETRARCH documentation,
 * "Verb Dictionary"): {@code &SYNSET}s of {@code +}words, blocks {@code --- NAME [CODE] ---} of
 * synonymous verbs, and patterns {@code - PRE * POST [CODE]} where {@code $} marks the source,
 * {@code +} the target, {@code (PREP NOUN)} a prepositional phrase and {@code {A B}} a phrase with
 * head B.
 *
 * <p>Each pattern becomes a Dyad lexicon entry for each verb of its block: the head words of the
 * first noun phrase after the verb become {@code with=} (any of them, synsets expanded), nouns
 * before the verb {@code subj=}, and {@code (PREP +)} gives {@code prep=}. Dyad conditions are
 * looser than PETRARCH patterns that require several phrases at once: such a pattern keeps its
 * first phrase only. The block's own code follows the patterns as the verb's unconditioned entry.
 * {@code [A:B]} codes take A (B when A is empty); {@code ---} codes and codes unknown to the CAMEO
 * ontology (test-only codes) are skipped and counted. Multi-word verbs are kept when their second
 * word is a particle ("pull out"), else skipped and counted.
 */
final class PetrarchVerbReader {
  private static final Pattern BLOCK = Pattern.compile("^---\\s*(.*?)\\s*\\[([^\\]]*)\\]\\s*---");
  private static final Pattern CODE = Pattern.compile("\\[([0-9]*):?([0-9]*)\\]");
  private static final Set<String> PARTICLES =
      Set.of("up", "off", "out", "down", "back", "away", "over", "in", "on", "aside", "through", "forward", "together");

  private final CameoOntology ontology;
  private final Map<String, List<String>> synsets = new LinkedHashMap<>();
  private final Map<String, Set<String>> patternsByVerb = new LinkedHashMap<>();
  private final Map<String, String> bareByVerb = new LinkedHashMap<>();
  private int skippedCodes;
  private int skippedVerbs;

  PetrarchVerbReader(CameoOntology ontology) {
    this.ontology = ontology;
  }

  void read(Path file) throws IOException {
    String synset = null;
    boolean inBlock = false;
    String blockCode = null;
    List<String> blockVerbs = new ArrayList<>();
    for (PetrarchText.Line line : PetrarchText.lines(file)) {
      String text = line.text().trim();
      Matcher block = BLOCK.matcher(text);
      if (text.startsWith("&")) {
        synset = text.replaceAll("\\s.*", "").replaceAll("_$", "");
        synsets.put(synset, new ArrayList<>());
      } else if (text.startsWith("+") && synset != null) {
        synsets.get(synset).add(head(text.substring(1)));
      } else if (block.find()) {
        synset = null;
        inBlock = true;
        blockCode = code(block.group(2));
        blockVerbs = new ArrayList<>();
      } else if (text.startsWith("-") && inBlock) {
        pattern(text.substring(1), blockVerbs);
      } else if (inBlock) {
        synset = null;
        verb(text, blockCode, blockVerbs);
      }
    }
  }

  private void verb(String text, String blockCode, List<String> blockVerbs) {
    boolean hasOwn = text.contains("[");
    String own = null;
    Matcher m = Pattern.compile("\\[([^\\]]*)\\]").matcher(text);
    if (m.find()) {
      own = code(m.group(1)); // "[---]": the isolated verb codes nothing
    }
    String phrase = text.replaceAll("\\{.*?\\}", "").replaceAll("\\[.*?\\]", "").trim();
    List<String> words = PetrarchText.words(phrase.toLowerCase(Locale.ROOT));
    String lemma;
    if (words.size() == 1) {
      lemma = words.get(0).replace("+", "");
    } else if (words.size() == 2 && words.get(0).startsWith("+") && PARTICLES.contains(words.get(1))) {
      lemma = words.get(0).substring(1) + " " + words.get(1);
    } else {
      skippedVerbs++;
      return;
    }
    if (!lemma.matches("[a-z][a-z' -]*")) {
      skippedVerbs++;
      return;
    }
    blockVerbs.add(lemma);
    String code = hasOwn ? own : blockCode;
    if (code != null) {
      bareByVerb.putIfAbsent(lemma, code);
    }
  }

  private void pattern(String text, List<String> verbs) {
    Matcher m = CODE.matcher(text);
    String code = null;
    if (m.find()) {
      code = code(m.group(0).replaceAll("[\\[\\]]", ""));
      text = text.substring(0, m.start());
    }
    if (code == null) {
      return;
    }
    int star = text.indexOf('*');
    String before = star < 0 ? "" : text.substring(0, star);
    String after = star < 0 ? text : text.substring(star + 1);
    List<String> conditions = new ArrayList<>();
    Set<String> subj = heads(before, false);
    Set<String> with = heads(after, true);
    String prep = targetPreposition(after);
    if (!with.isEmpty()) {
      conditions.add("with=" + String.join("|", with));
    }
    if (!subj.isEmpty()) {
      conditions.add("subj=" + String.join("|", subj));
    }
    if (prep != null) {
      conditions.add("prep=" + prep);
    }
    String condition = conditions.isEmpty() ? "-" : String.join(";", conditions);
    for (String verb : verbs) {
      patternsByVerb.computeIfAbsent(verb, k -> new LinkedHashSet<>()).add(condition + "\t" + code);
    }
  }

  /** Head words of the phrases of a pattern part: all of them, or only the first phrase's. */
  private Set<String> heads(String part, boolean firstOnly) {
    Set<String> heads = new LinkedHashSet<>();
    Matcher phrase = Pattern.compile("\\(([A-Z_]+)\\s+([^()]+)\\)|\\{([^}]+)\\}|(&[A-Z_0-9]+)|([A-Z][A-Z_']*)").matcher(part);
    while (phrase.find()) {
      Set<String> found = new LinkedHashSet<>();
      String inner = phrase.group(2) != null ? phrase.group(2).trim() : null;
      if (inner != null) {
        if (inner.equals("+") || inner.equals("$") || inner.equals("^")) {
          continue;
        }
        found.addAll(headsOf(inner));
      } else if (phrase.group(3) != null) {
        found.add(head(phrase.group(3)));
      } else if (phrase.group(4) != null) {
        found.addAll(synset(phrase.group(4)));
      } else if (phrase.group(5) != null) {
        found.add(head(phrase.group(5)));
      }
      found.removeIf(w -> !w.matches("[a-z][a-z'-]*"));
      heads.addAll(found);
      if (firstOnly && !heads.isEmpty()) {
        return heads;
      }
    }
    return heads;
  }

  private Set<String> headsOf(String inner) {
    inner = inner.trim();
    if (inner.startsWith("{")) {
      return Set.of(head(inner.replaceAll("[{}]", "")));
    }
    if (inner.startsWith("&")) {
      return new LinkedHashSet<>(synset(inner.split("\\s+")[0]));
    }
    return Set.of(head(inner.split("\\s+")[0]));
  }

  private List<String> synset(String name) {
    return synsets.getOrDefault(name.replaceAll("_$", ""), List.of());
  }

  private static String targetPreposition(String part) {
    Matcher m = Pattern.compile("\\(([A-Z]+)\\s+\\+\\)").matcher(part);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  /** The last word of a phrase, lower case: the head in PETRARCH's convention. */
  private static String head(String phrase) {
    List<String> words = PetrarchText.words(phrase.replaceAll("[{}+$^%]", " "));
    return words.isEmpty() ? "" : words.get(words.size() - 1).toLowerCase(Locale.ROOT);
  }

  /** A CAMEO code from "195", "042:043" or ":043"; null for "---" and codes Dyad does not know. */
  private String code(String field) {
    Matcher m = Pattern.compile("^([0-9]*):?([0-9]*)$").matcher(field.trim());
    if (!m.matches()) {
      return null;
    }
    String code = !m.group(1).isEmpty() ? m.group(1) : m.group(2);
    if (code.isEmpty()) {
      return null;
    }
    if (ontology.find(code).isEmpty()) {
      skippedCodes++;
      return null;
    }
    return code;
  }

  /** Dyad verbs.tsv rows: patterns first, then each verb's unconditioned entry. */
  List<String> rows() {
    List<String> rows = new ArrayList<>();
    Set<String> lemmas = new LinkedHashSet<>(patternsByVerb.keySet());
    lemmas.addAll(bareByVerb.keySet());
    for (String lemma : lemmas) {
      Set<String> seenConditions = new LinkedHashSet<>();
      for (String pattern : patternsByVerb.getOrDefault(lemma, Set.of())) {
        String condition = pattern.substring(0, pattern.indexOf('\t'));
        if (!condition.equals("-") && seenConditions.add(normalized(condition))) {
          rows.add("verb\t" + lemma + "\t" + pattern.substring(pattern.indexOf('\t') + 1) + "\t" + condition + "\t-");
        }
      }
      String bare = bareByVerb.get(lemma);
      if (bare != null) {
        rows.add("verb\t" + lemma + "\t" + bare + "\t-\t-");
      }
    }
    return rows;
  }

  /** A condition string with each word list sorted, so that equal conditions compare equal. */
  private static String normalized(String condition) {
    List<String> parts = new ArrayList<>();
    for (String test : condition.split(";")) {
      String[] kv = test.split("=", 2);
      List<String> words = new ArrayList<>(new java.util.TreeSet<>(List.of(kv[1].split("\\|"))));
      parts.add(kv[0] + "=" + String.join("|", words));
    }
    return String.join(";", parts);
  }

  int skippedCodes() {
    return skippedCodes;
  }

  int skippedVerbs() {
    return skippedVerbs;
  }
}
