package org.dyad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.dyad.coder.ArticleCoder;
import org.dyad.coder.ArticleResult;
import org.dyad.geo.GeoLocator;
import org.dyad.model.Article;
import org.dyad.places.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spreading a long article's sentences over the workers ({@link CodingRun} on two threads, whose
 * fork-join pool lets an idle worker take them) changes nothing: the same events, in the same
 * order, and the same trace for every sentence as coding each article on one thread.
 */
class SentencesInParallelIT {
  private static ArticleCoder coder;
  private static GeoLocator locator;
  private static List<Article> articles;

  @BeforeAll
  static void load() throws IOException {
    CompletableFuture<Gazetteer> gazetteer = Engine.gazetteerLoading();
    coder = Engine.coder(null, gazetteer);
    locator = Engine.locator(gazetteer);
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("../bench/news"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(file));
      }
    }
    assertEquals(200, texts.size(), "bench/news is in the repository");
    // Stories a discard phrase would drop whole would drop the long article with them.
    List<String> kept = new ArrayList<>();
    for (String text : texts) {
      ArticleResult alone = coder.code(new Article("story", "test", "", LocalDate.of(2024, 11, 18), text));
      if (alone.traces().stream().noneMatch(t -> t.skipped().contains("whole article"))) {
        kept.add(text);
      }
    }
    articles = new ArrayList<>();
    // One long article of 100 news stories (about 1,100 sentences), beside short ones.
    articles.add(new Article("long", "test", "", LocalDate.of(2024, 11, 18), String.join("\n\n", kept.subList(0, 100))));
    for (int i = 100; i < 110; i++) {
      articles.add(new Article("short-" + i, "test", "", LocalDate.of(2024, 11, 18), kept.get(i)));
    }
  }

  @Test
  void sentences_spread_over_two_workers_code_as_on_one_thread() {
    List<ArticleResult> spread = new CodingRun(coder, locator, 2, Pipeline.Settings.ARTICLE_LIMIT).code(articles).results();
    assertEquals(articles.size(), spread.size());
    int events = 0;
    for (int i = 0; i < articles.size(); i++) {
      ArticleResult alone = locator.locate(coder.code(articles.get(i)));
      ArticleResult together = spread.get(i);
      assertEquals(alone.article(), together.article());
      assertEquals(alone.events(), together.events(), articles.get(i).id());
      assertEquals(alone.traces(), together.traces(), articles.get(i).id());
      assertEquals(alone.dateline(), together.dateline(), articles.get(i).id());
      events += alone.events().size();
    }
    assertTrue(spread.get(0).traces().size() > 1_000, "the long article has over 1,000 sentences: " + spread.get(0).traces().size());
    assertTrue(events > 50, "the articles code events: " + events);
  }
}
