package org.dyad.coder.dictionary;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.dyad.model.DyadInputException;

/**
 * Phrases that mark text Dyad must not code, from {@code discards.tsv}: sports results,
 * historical chronologies, fiction. A sentence-scope phrase skips its sentence; an article-scope
 * phrase skips the whole article (PETRARCH's discard list, same semantics). A phrase followed by
 * one of its {@code unless_next} words names people, not a game ("football fans clashed with
 * police"), and skips nothing.
 */
public final class Discards {
  public static final String FILE = "discards.tsv";

  /** A discard phrase, the next words that cancel it, and where it is written. */
  public record Discard(String phrase, boolean wholeArticle, java.util.Set<String> unlessNext, String where) {}

  private final PhraseIndex<Discard> sentence = new PhraseIndex<>();
  private final PhraseIndex<Discard> article = new PhraseIndex<>();

  private Discards() {}

  public static Discards load(DictionarySource source, Problems problems) throws IOException {
    Discards d = new Discards();
    for (TsvFile.Row row : TsvFile.read(source, FILE, problems)) {
      try {
        d.add(row);
      } catch (DyadInputException e) {
        problems.report(e);
      }
    }
    return d;
  }

  private void add(TsvFile.Row row) throws DyadInputException {
    String scope = row.field(1);
    String match = row.field(2);
    if (!scope.equals("sentence") && !scope.equals("article")) {
      throw row.error("scope must be 'sentence' or 'article', found '" + scope + "'");
    }
    if (!match.equals("word") && !match.equals("stem")) {
      throw row.error("match must be 'word' or 'stem', found '" + match + "'");
    }
    java.util.Set<String> unless = row.field(3).equals("-") ? java.util.Set.of()
        : java.util.Set.copyOf(TsvFile.list(row.field(3).toLowerCase(java.util.Locale.ROOT)));
    Discard discard = new Discard(row.field(0), scope.equals("article"), unless, row.where());
    (discard.wholeArticle() ? article : sentence).add(row.field(0), match.equals("stem"), discard);
  }

  /** The first sentence-scope discard in the words (lower case), if any. */
  public Optional<Discard> inSentence(List<String> words) {
    return first(sentence, words);
  }

  /** The first article-scope discard in the words (lower case), if any. */
  public Optional<Discard> inArticle(List<String> words) {
    return first(article, words);
  }

  private static Optional<Discard> first(PhraseIndex<Discard> index, List<String> words) {
    return index.find(words).stream().filter(m -> !cancelled(m, words)).map(PhraseIndex.Match::value).findFirst();
  }

  /** "football fans": the word after the phrase is one that makes it a modifier of people. */
  private static boolean cancelled(PhraseIndex.Match<Discard> m, List<String> words) {
    int next = m.start() + m.length();
    return next < words.size() && m.value().unlessNext().contains(words.get(next));
  }
}
