package org.dyad.nlp;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.dyad.model.Article;

/** The texts the equivalence tests run the backend on: every gold set in {@code eval/gold}, and {@code bench/news}. */
final class EquivalenceCorpora {
  private static final Path REPO = Path.of("..");

  private EquivalenceCorpora() {}

  /** Each gold set's sentences as articles, by file name, in file order. */
  static Map<String, List<Article>> goldSets() throws IOException {
    Map<String, List<Article>> sets = new LinkedHashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> golds = Files.list(REPO.resolve("eval/gold"))) {
      for (Path gold : golds.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        List<Article> articles = new ArrayList<>();
        for (String line : Files.readAllLines(gold)) {
          articles.add(article(gold.getFileName() + ":" + (articles.size() + 1), json.readTree(line).get("text").asText()));
        }
        sets.put(gold.getFileName().toString(), articles);
      }
    }
    return sets;
  }

  /** The 200 articles of {@code bench/news}, as written or lower-cased. */
  static List<Article> benchNews(boolean lowerCase) throws IOException {
    List<Article> news = new ArrayList<>();
    try (Stream<Path> files = Files.list(REPO.resolve("bench/news"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(file);
        news.add(lowerCase ? article(file.getFileName() + " (lower case)", text.toLowerCase(Locale.ROOT))
            : article(file.getFileName().toString(), text));
      }
    }
    return news;
  }

  private static Article article(String id, String text) {
    return new Article(id, "test", "", null, text);
  }
}
