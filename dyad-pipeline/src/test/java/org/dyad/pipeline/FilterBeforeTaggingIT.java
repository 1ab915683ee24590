package org.dyad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dyad.coder.ArticleCoder;
import org.dyad.coder.ArticleResult;
import org.dyad.coder.SentenceTrace;
import org.dyad.coder.dictionary.Dictionaries;
import org.dyad.coder.typing.EventTyper;
import org.dyad.geo.GeoLocator;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Sentence;
import org.dyad.nlp.CoreNlpBackend;
import org.dyad.nlp.NlpBackend;
import org.dyad.nlp.TokenizedArticle;
import org.dyad.nlp.WordClass;
import org.dyad.places.Gazetteer;
import org.dyad.typer.EmbeddingTyper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The filter before tagging loses nothing: every gold set of the repository and the {@code
 * bench/news} articles give the same located events with the filter as with every sentence
 * tagged (the pipeline before the filter) with the rules alone; the real-news ones do so with
 * the learned typer too.
 */
class FilterBeforeTaggingIT {
  private static final Path REPO = Path.of("..");
  private static NlpBackend nlp;
  private static Dictionaries dictionaries;
  private static Gazetteer gazetteer;
  private static GeoLocator locator;
  private static List<Article> articles;

  @BeforeAll
  static void load() throws IOException {
    nlp = new CoreNlpBackend();
    dictionaries = Dictionaries.builtIn();
    gazetteer = Gazetteer.load();
    locator = new GeoLocator(gazetteer);
    articles = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> golds = Files.list(REPO.resolve("eval/gold"))) {
      for (Path gold : golds.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        for (String line : Files.readAllLines(gold)) {
          JsonNode n = json.readTree(line);
          String date = n.path("date").asText("");
          articles.add(new Article(n.get("id").asText(), gold.getFileName().toString(), "", date.isEmpty() ? null : LocalDate.parse(date),
              n.get("text").asText()));
        }
      }
    }
    try (Stream<Path> news = Files.list(REPO.resolve("bench/news"))) {
      for (Path file : news.sorted().toList()) {
        articles.add(new Article(file.getFileName().toString(), "bench", "", LocalDate.of(2025, 1, 1), Files.readString(file)));
      }
    }
    assertTrue(articles.size() > 1900, "the gold sets and bench/news are in the repository: " + articles.size());
  }

  @Test
  void rules_code_the_same_events_with_and_without_the_filter() {
    assertSameEvents(null, articles);
  }

  /** With the typer, names that may be both sides of an act suffice; the typer costs a sentence milliseconds, so this takes the real-news articles only. */
  @Test
  void hybrid_typing_codes_the_same_events_with_and_without_the_filter() {
    assertSameEvents(EmbeddingTyper.load(), articles.stream().filter(a -> a.source().equals("bench") || a.source().equals("real.jsonl")).toList());
  }

  private static void assertSameEvents(EventTyper typer, List<Article> articles) {
    ArticleCoder filtered = new ArticleCoder(nlp, dictionaries, gazetteer, typer);
    ArticleCoder everything = new ArticleCoder(new TaggingEverything(nlp), dictionaries, gazetteer, typer);
    int sentences = 0;
    int stopped = 0;
    int events = 0;
    for (Article a : articles) {
      ArticleResult with = locator.locate(filtered.code(a));
      ArticleResult without = locator.locate(everything.code(a));
      assertEquals(without.events(), with.events(), a.id());
      sentences += with.sentenceCount();
      stopped += (int) with.traces().stream().filter(SentenceTrace::skippedBeforeTagging).count();
      events += with.events().size();
    }
    System.out.printf("%s: %d articles, %d sentences, %d stopped before tagging, %d events, all the same%n",
        typer == null ? "rules" : "hybrid", articles.size(), sentences, stopped, events);
    assertTrue(stopped > 0 && events > 0, "the filter stops sentences and the articles have events");
  }

  /** The pipeline before the filter: every word may have any lemma, so every sentence is tagged. */
  private record TaggingEverything(NlpBackend nlp) implements NlpBackend {
    @Override
    public TokenizedArticle tokenize(Article article) {
      TokenizedArticle tokenized = nlp.tokenize(article);
      return new TokenizedArticle() {
        @Override
        public List<Sentence> sentences() {
          return tokenized.sentences();
        }

        @Override
        public Sentence tagged(int index) {
          return tokenized.tagged(index);
        }

        @Override
        public Set<String> possibleLemmas(int sentence, int token, WordClass wordClass) {
          return null;
        }
      };
    }

    @Override
    public Sentence parse(Sentence sentence) {
      return nlp.parse(sentence);
    }

    @Override
    public String describe() {
      return nlp.describe();
    }
  }
}
