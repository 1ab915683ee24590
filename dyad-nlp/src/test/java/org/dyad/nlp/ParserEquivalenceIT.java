package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.Article;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dyad's parser inference ({@link ParserChoice#DYAD}) gives CoreNLP's parses: on every sentence
 * of every gold set in {@code eval/gold} and of {@code bench/news}, tagged once, the two give the
 * same head and relation on at least 99.9 % of the tokens of each set (float32 may break a
 * near-tie the other way where CoreNLP computes in double).
 */
class ParserEquivalenceIT {
  private static final double REQUIRED = 0.999;
  private static CoreNlpBackend dyad;
  private static CoreNlpBackend corenlp;
  private static Map<String, List<Article>> sets;

  @BeforeAll
  static void load() throws IOException {
    dyad = new CoreNlpBackend(ParserChoice.DYAD);
    corenlp = new CoreNlpBackend(ParserChoice.CORENLP);
    sets = new LinkedHashMap<>(EquivalenceCorpora.goldSets());
    List<Article> news = EquivalenceCorpora.benchNews(false);
    sets.put("bench/news", news);
    assertTrue(sets.size() >= 5 && news.size() == 200, "the gold sets and bench/news are in the repository: " + sets.keySet());
  }

  @Test
  void same_edges_as_corenlp_on_every_gold_set_and_bench_news() {
    for (Map.Entry<String, List<Article>> set : sets.entrySet()) {
      long tokens = 0;
      long same = 0;
      long sentences = 0;
      long identical = 0;
      long dyadNanos = 0;
      long corenlpNanos = 0;
      for (Article article : set.getValue()) {
        TokenizedArticle tokenized = dyad.tokenize(article);
        List<Sentence> tagged = new ArrayList<>();
        for (int i = 0; i < tokenized.sentences().size(); i++) {
          tagged.add(tokenized.tagged(i));
        }
        long start = System.nanoTime();
        List<Sentence> ours = dyad.parseAll(tagged);
        long middle = System.nanoTime();
        List<Sentence> theirs = corenlp.parseAll(tagged);
        corenlpNanos += System.nanoTime() - middle;
        dyadNanos += middle - start;
        for (int s = 0; s < tagged.size(); s++) {
          List<Dependency> a = ours.get(s).dependencies();
          List<Dependency> b = theirs.get(s).dependencies();
          assertEquals(b.size(), a.size(), article.id() + " sentence " + s + ": one edge per token");
          int agree = 0;
          for (int t = 0; t < a.size(); t++) {
            assertEquals(t, a.get(t).dependent(), "edges ordered by dependent");
            agree += a.get(t).equals(b.get(t)) ? 1 : 0;
          }
          tokens += a.size();
          same += agree;
          sentences++;
          identical += agree == a.size() ? 1 : 0;
        }
      }
      double share = same / (double) tokens;
      System.out.printf("%s: %d sentences, %d tokens; same edge on %d tokens (%.5f), identical trees %d; parse time Dyad %.0f ms, CoreNLP %.0f ms%n",
          set.getKey(), sentences, tokens, same, share, identical, dyadNanos / 1e6, corenlpNanos / 1e6);
      assertTrue(tokens > 100, set.getKey() + " has tokens: " + tokens); // the set was read (geo-probe.jsonl has 481)
      assertTrue(share >= REQUIRED, set.getKey() + ": same edge on " + same + " of " + tokens + " tokens (" + share + ")");
    }
  }
}
