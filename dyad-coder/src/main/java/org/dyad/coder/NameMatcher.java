package org.dyad.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.coder.dictionary.ActorDictionary;
import org.dyad.coder.dictionary.NameEntry;
import org.dyad.coder.dictionary.NameKind;
import org.dyad.model.Token;

/**
 * Finds the actor dictionary's names in a sentence, left to right, longest match first. Works on
 * tokens alone (no parse), so it also serves the cheap test of whether a sentence is worth
 * parsing. Thread-safe.
 *
 * <p>A span of words is looked up only when the hash code of its key, summed from its words' keys
 * as {@link String#hashCode} sums characters, is the hash code of a key of the dictionary, and a
 * span is extended only while that hash code is the hash code of some key's beginning: most spans are thus
 * ruled out without building their text (the filters ran this matcher on every span of up to
 * {@link ActorDictionary#longestName} words of every sentence).
 */
final class NameMatcher {
  /** Greek capital sigma: the one letter whose lower case ({@link String#toLowerCase}) depends on the letters around it. */
  private static final char SIGMA = '\u03A3';
  private final ActorDictionary dictionary;
  /** The hash codes of the dictionary's keys. */
  private final HashCodes keyHashes;
  /** The hash codes of every beginning of a key (every key's first one, two, … characters). */
  private final HashCodes prefixHashes;

  NameMatcher(ActorDictionary dictionary) {
    this.dictionary = dictionary;
    int[] keys = dictionary.keys().stream().mapToInt(String::hashCode).toArray();
    this.keyHashes = HashCodes.of(keys, keys.length);
    int[] prefixes = new int[dictionary.keys().stream().mapToInt(String::length).sum()];
    int n = 0;
    for (String key : dictionary.keys()) {
      int h = 0;
      for (int c = 0; c < key.length(); c++) {
        h = 31 * h + key.charAt(c);
        prefixes[n++] = h;
      }
    }
    this.prefixHashes = HashCodes.of(prefixes, n);
  }

  List<NameHit> match(List<Token> tokens) {
    SpanKeys keys = SpanKeys.of(tokens);
    int[] spanHashes = new int[dictionary.longestName() + 1];
    List<NameHit> hits = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Optional<NameHit> hit = longestAt(tokens, keys, spanHashes, i);
      if (hit.isPresent()) {
        hits.add(hit.get());
        i = hit.get().end();
      } else {
        i++;
      }
    }
    return hits;
  }

  private Optional<NameHit> longestAt(List<Token> tokens, SpanKeys keys, int[] spanHashes, int start) {
    if (!Character.isLetter(tokens.get(start).word().codePointAt(0))) {
      return Optional.empty();
    }
    int max = Math.min(dictionary.longestName(), tokens.size() - start);
    if (keys != null) {
      // a span whose key's hash code begins no key begins no key, and no longer span from here is a key
      // (the first word's key is not empty: the word begins with a letter)
      int h = 0;
      int reach = 0;
      while (reach < max) {
        h = keys.append(h, start + reach);
        if (!prefixHashes.contains(h)) {
          break;
        }
        reach++;
        spanHashes[reach] = h;
      }
      max = reach;
    }
    for (int length = max; length >= 1; length--) {
      if (keys != null && !keyHashes.contains(spanHashes[length])) {
        continue; // no key has this span's hash code, so no key is this span's key
      }
      StringBuilder written = new StringBuilder();
      for (int k = start; k < start + length; k++) {
        written.append(tokens.get(k).word());
      }
      Optional<NameEntry> entry = accept(dictionary.lookup(ActorDictionary.key(written.toString())), written.toString(), tokens.get(start));
      if (entry.isPresent()) {
        return Optional.of(new NameHit(start, start + length, entry.get()));
      }
    }
    // Plural or inflected sector nouns: "servicemen" → "serviceman".
    Token token = tokens.get(start);
    for (String lemma : lemmas(token, start)) {
      for (NameEntry e : dictionary.lookup(ActorDictionary.key(lemma))) {
        if (e.kind() == NameKind.AGENT && token.isNoun()) {
          return Optional.of(new NameHit(start, start + 1, e));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The token's lemma; for a sentence's capitalised first word that the tagger took for a name and
   * left uninflected ("Mobs attacked …", "Rioters torched …"), its singular forms too.
   */
  private static List<String> lemmas(Token token, int start) {
    String lemma = token.lemma();
    if (start > 0 || !lemma.equalsIgnoreCase(token.word()) || !lemma.endsWith("s") || lemma.length() < 4) {
      return List.of(lemma);
    }
    String stem = lemma.substring(0, lemma.length() - 1);
    return stem.endsWith("e") ? List.of(lemma, stem, stem.substring(0, stem.length() - 1)) : List.of(lemma, stem);
  }

  private static Optional<NameEntry> accept(List<NameEntry> entries, String written, Token first) {
    for (NameEntry e : entries) {
      if (e.caseSensitive() && !written.equals(e.written().replace(" ", ""))) {
        continue;
      }
      if (e.proper() && !Character.isUpperCase(first.word().codePointAt(0))) {
        continue;
      }
      return Optional.of(e);
    }
    return Optional.empty();
  }

  /**
   * Each word's key's hash code and 31 to the power of its length, so that the hash code of a
   * span's key is summed word by word: the key of words written together is their keys written
   * together, since {@link ActorDictionary#key} drops spaces and lowers case letter by letter.
   */
  private record SpanKeys(int[] hashes, int[] powers) {
    /** Null when a word holds a capital sigma, whose lower case hangs on the next word: such sentences are looked up span by span. */
    static SpanKeys of(List<Token> tokens) {
      int[] hashes = new int[tokens.size()];
      int[] powers = new int[tokens.size()];
      for (int i = 0; i < tokens.size(); i++) {
        String word = tokens.get(i).word();
        if (word.indexOf(SIGMA) >= 0) {
          return null;
        }
        String key = ActorDictionary.key(word);
        int power = 1;
        for (int c = 0; c < key.length(); c++) {
          power *= 31;
        }
        hashes[i] = key.hashCode();
        powers[i] = power;
      }
      return new SpanKeys(hashes, powers);
    }

    /** The hash code of a span's key once word {@code i} is added to it. */
    int append(int spanHash, int i) {
      return spanHash * powers[i] + hashes[i];
    }
  }

  /** A set of int hash codes, open addressing with linear probing: no boxing, one or two probes a look-up. */
  private record HashCodes(int[] slots, boolean[] used, int mask) {
    static HashCodes of(int[] codes, int n) {
      int size = Integer.highestOneBit(Math.max(2 * n, 1) * 2 - 1);
      int[] slots = new int[size];
      boolean[] used = new boolean[size];
      for (int i = 0; i < n; i++) {
        int at = spread(codes[i]) & (size - 1);
        while (used[at] && slots[at] != codes[i]) {
          at = (at + 1) & (size - 1);
        }
        slots[at] = codes[i];
        used[at] = true;
      }
      return new HashCodes(slots, used, size - 1);
    }

    boolean contains(int code) {
      int at = spread(code) & mask;
      while (used[at]) {
        if (slots[at] == code) {
          return true;
        }
        at = (at + 1) & mask;
      }
      return false;
    }

    private static int spread(int h) {
      return (h ^ (h >>> 16)) * 0x45d9f3b;
    }
  }
}
