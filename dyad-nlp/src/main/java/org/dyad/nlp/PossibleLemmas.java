package org.dyad.nlp;

import edu.stanford.nlp.process.Morphology;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lemmas CoreNLP's lemmatiser gives a word under each tag of a class, in lower case,
 * remembered per word: a lemma costs microseconds and news repeats its words. Thread-safe.
 */
final class PossibleLemmas {
  /** Words remembered at most, so a server that runs for months does not grow without bound. */
  private static final int MAX_WORDS = 200_000;

  private final Map<WordClass, Map<String, Set<String>>> known = new EnumMap<>(WordClass.class);
  private final ThreadLocal<Morphology> morphology = ThreadLocal.withInitial(Morphology::new);

  PossibleLemmas() {
    for (WordClass c : WordClass.values()) {
      known.put(c, new ConcurrentHashMap<>());
    }
  }

  Set<String> of(String word, WordClass wordClass) {
    Map<String, Set<String>> words = known.get(wordClass);
    Set<String> lemmas = words.get(word);
    if (lemmas == null) {
      lemmas = compute(word, wordClass);
      if (words.size() < MAX_WORDS) {
        words.put(word, lemmas);
      }
    }
    return lemmas;
  }

  private Set<String> compute(String word, WordClass wordClass) {
    Morphology m = morphology.get();
    Set<String> lemmas = new HashSet<>(4);
    for (String tag : wordClass.tags()) {
      lemmas.add(m.lemma(word, tag).toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(lemmas);
  }
}
