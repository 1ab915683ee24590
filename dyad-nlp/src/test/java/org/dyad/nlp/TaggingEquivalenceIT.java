package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.dyad.model.Article;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The backend's tags and lemmas ({@link CoreNlpBackend}, whose tagger keeps each word's own scores
 * across sentences and threads) are those of CoreNLP's own pos and lemma annotators run on the
 * whole article: on every sentence of every gold set in {@code eval/gold} and of {@code
 * bench/news}, each set tagged in one run so that later sentences take the scores earlier ones
 * left, and a caseless copy of {@code bench/news} (more words unknown to the tagger).
 */
class TaggingEquivalenceIT {
  private static CoreNlpBackend backend;
  private static StanfordCoreNLP corenlp;
  private static Map<String, List<Article>> sets;

  @BeforeAll
  static void load() throws IOException {
    backend = new CoreNlpBackend();
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    properties.setProperty("tokenize.language", "en");
    properties.setProperty("ssplit.newlineIsSentenceBreak", "always");
    properties.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true");
    corenlp = new StanfordCoreNLP(properties);
    sets = new LinkedHashMap<>(EquivalenceCorpora.goldSets());
    List<Article> news = EquivalenceCorpora.benchNews(false);
    sets.put("bench/news", news);
    sets.put("bench/news in lower case", EquivalenceCorpora.benchNews(true));
    assertTrue(sets.size() >= 6 && news.size() == 200, "the gold sets and bench/news are in the repository: " + sets.keySet());
  }

  @Test
  void same_tags_and_lemmas_as_corenlps_annotators_on_every_gold_set_and_bench_news() {
    for (Map.Entry<String, List<Article>> set : sets.entrySet()) {
      long tokens = 0;
      for (Article article : set.getValue()) {
        Annotation annotation = new Annotation(article.text());
        corenlp.annotate(annotation);
        List<CoreMap> expected = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        TokenizedArticle tokenized = backend.tokenize(article);
        assertEquals(expected.size(), tokenized.sentences().size(), article.id() + ": sentences");
        for (int i = 0; i < expected.size(); i++) {
          List<CoreLabel> want = expected.get(i).get(CoreAnnotations.TokensAnnotation.class);
          Sentence got = tokenized.tagged(i);
          assertEquals(want.size(), got.tokens().size(), article.id() + " sentence " + i + ": tokens");
          for (int t = 0; t < want.size(); t++) {
            Token token = got.tokens().get(t);
            String where = article.id() + " sentence " + i + " token " + t + " '" + token.word() + "'";
            assertEquals(want.get(t).tag(), token.pos(), where + ": tag");
            assertEquals(want.get(t).lemma(), token.lemma(), where + ": lemma");
            tokens++;
          }
        }
      }
      // every set was compared: over 1,000 tokens, or ten a sentence for a small probe set (modality-probe.jsonl)
      assertTrue(tokens > Math.min(1_000, 10L * set.getValue().size()), set.getKey() + ": " + tokens + " tokens compared");
      System.out.printf("%s: %,d tokens, every tag and lemma the same%n", set.getKey(), tokens);
    }
  }
}
