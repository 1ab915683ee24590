package org.dyad.coder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.coder.dictionary.NameEntry;
import org.dyad.coder.dictionary.NameKind;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * The acronyms an article defines for the groups and organizations of the dictionaries: "the
 * Rapid Support Forces (RSF)" or "the RSF (Rapid Support Forces)" makes every later "RSF" of the
 * article that group, and an article's own definition wins over the dictionary's reading of the
 * same letters ("Reporters Without Borders (RSF)"). Acronyms the dictionaries do not define are
 * otherwise lost after the sentence that spells them out.
 */
final class ArticleAcronyms {
  private static final Set<String> OPENING = Set.of("(", "-LRB-");
  private static final Set<String> CLOSING = Set.of(")", "-RRB-");
  private static final Set<NameKind> DEFINABLE = Set.of(NameKind.GROUP, NameKind.ORGANIZATION);

  private final Map<String, NameEntry> defined;

  private ArticleAcronyms(Map<String, NameEntry> defined) {
    this.defined = Map.copyOf(defined);
  }

  /** The acronyms the article's sentences define, given the dictionary's names found in each. */
  static ArticleAcronyms of(List<Sentence> sentences, List<List<NameHit>> hits) {
    return new ArticleAcronyms(definitions(sentences, hits));
  }

  /** A sentence's name hits, with the article's acronyms added or put in place of the dictionary's reading. */
  List<NameHit> apply(List<Token> tokens, List<NameHit> hits) {
    if (defined.isEmpty()) {
      return hits;
    }
    List<NameHit> kept = new ArrayList<>();
    for (NameHit hit : hits) {
      NameEntry own = hit.end() - hit.start() == 1 ? defined.get(tokens.get(hit.start()).word()) : null;
      kept.add(own == null || own.equals(hit.entry()) ? hit : new NameHit(hit.start(), hit.end(), own));
    }
    for (int i = 0; i < tokens.size(); i++) {
      NameEntry own = defined.get(tokens.get(i).word());
      int at = i;
      if (own != null && kept.stream().noneMatch(h -> h.covers(at))) {
        kept.add(new NameHit(i, i + 1, own));
      }
    }
    kept.sort(Comparator.comparingInt(NameHit::start));
    return List.copyOf(kept);
  }

  /** "Full Name (ACR)" and "ACR (Full Name)", where the full name is one group or organization of the dictionaries. */
  private static Map<String, NameEntry> definitions(List<Sentence> sentences, List<List<NameHit>> hits) {
    Map<String, NameEntry> defined = new HashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      List<Token> tokens = sentences.get(s).tokens();
      for (NameHit hit : hits.get(s)) {
        if (!DEFINABLE.contains(hit.entry().kind())) {
          continue;
        }
        int e = hit.end();
        if (e + 2 < tokens.size() && OPENING.contains(tokens.get(e).word()) && CLOSING.contains(tokens.get(e + 2).word())
            && isAcronym(tokens.get(e + 1).word())) {
          defined.putIfAbsent(tokens.get(e + 1).word(), hit.entry());
        }
        int b = hit.start();
        if (b >= 2 && e < tokens.size() && OPENING.contains(tokens.get(b - 1).word()) && CLOSING.contains(tokens.get(e).word())
            && isAcronym(tokens.get(b - 2).word())) {
          defined.putIfAbsent(tokens.get(b - 2).word(), hit.entry());
        }
      }
    }
    return defined;
  }

  /** Two to eight capitals, digits or hyphens, at least two of them capitals: "RSF", "M23", "SPLA-IO". */
  static boolean isAcronym(String word) {
    if (word.length() < 2 || word.length() > 8) {
      return false;
    }
    int capitals = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isUpperCase(c)) {
        capitals++;
      } else if (!Character.isDigit(c) && c != '-') {
        return false;
      }
    }
    return capitals >= 2;
  }
}
