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
 */
final class NameMatcher {
  private final ActorDictionary dictionary;

  NameMatcher(ActorDictionary dictionary) {
    this.dictionary = dictionary;
  }

  List<NameHit> match(List<Token> tokens) {
    List<NameHit> hits = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Optional<NameHit> hit = longestAt(tokens, i);
      if (hit.isPresent()) {
        hits.add(hit.get());
        i = hit.get().end();
      } else {
        i++;
      }
    }
    return hits;
  }

  private Optional<NameHit> longestAt(List<Token> tokens, int start) {
    if (!Character.isLetter(tokens.get(start).word().codePointAt(0))) {
      return Optional.empty();
    }
    int max = Math.min(dictionary.longestName(), tokens.size() - start);
    for (int length = max; length >= 1; length--) {
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
    for (NameEntry e : dictionary.lookup(ActorDictionary.key(token.lemma()))) {
      if (e.kind() == NameKind.AGENT && token.isNoun()) {
        return Optional.of(new NameHit(start, start + 1, e));
      }
    }
    return Optional.empty();
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
}
