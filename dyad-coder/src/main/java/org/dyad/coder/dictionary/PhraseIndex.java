package org.dyad.coder.dictionary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds multi-word phrases in a run of words, case-insensitively, indexed by first word. A
 * phrase marked as a stem matches when its last word begins a text word ("olympi" matches
 * "Olympics"). Immutable once built; thread-safe for lookups.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseIndex<T> {
  private record Phrase<T>(List<String> words, boolean stem, T value) {}

  /** A phrase found at word {@code start}. */
  public record Match<T>(int start, int length, T value) {}

  private final Map<String, List<Phrase<T>>> byFirstWord = new HashMap<>();
  private final List<Phrase<T>> stemsOfOneWord = new ArrayList<>();

  void add(String phrase, boolean stem, T value) {
    List<String> words = List.of(phrase.toLowerCase(Locale.ROOT).trim().split("\\s+"));
    Phrase<T> p = new Phrase<>(words, stem, value);
    if (stem && words.size() == 1) {
      stemsOfOneWord.add(p);
    } else {
      byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(p);
    }
  }

  /** Every phrase found in the words (lower case), left to right. */
  public List<Match<T>> find(List<String> words) {
    List<Match<T>> found = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      for (Phrase<T> p : byFirstWord.getOrDefault(words.get(i), List.of())) {
        if (matchesAt(p, words, i)) {
          found.add(new Match<>(i, p.words().size(), p.value()));
        }
      }
      for (Phrase<T> p : stemsOfOneWord) {
        if (words.get(i).startsWith(p.words().get(0))) {
          found.add(new Match<>(i, 1, p.value()));
        }
      }
    }
    return found;
  }

  private static <T> boolean matchesAt(Phrase<T> p, List<String> words, int start) {
    int n = p.words().size();
    if (start + n > words.size()) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      String want = p.words().get(k);
      String have = words.get(start + k);
      boolean last = k == n - 1;
      if (!(have.equals(want) || (last && p.stem() && have.startsWith(want)))) {
        return false;
      }
    }
    return true;
  }

  public boolean isEmpty() {
    return byFirstWord.isEmpty() && stemsOfOneWord.isEmpty();
  }
}
