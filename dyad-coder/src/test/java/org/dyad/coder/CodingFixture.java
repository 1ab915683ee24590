package org.dyad.coder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.coder.dictionary.Dictionaries;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.nlp.CoreNlpBackend;

/**
 * One CoreNLP pipeline and one set of built-in dictionaries per test JVM: loading the models takes
 * seconds, so the integration tests share them. Test code only; the product passes its models in.
 */
final class CodingFixture {
  private static ArticleCoder coder;

  private CodingFixture() {}

  static synchronized ArticleCoder coder() {
    if (coder == null) {
      try {
        coder = new ArticleCoder(new CoreNlpBackend(), Dictionaries.builtIn(), org.dyad.places.Gazetteer.load());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return coder;
  }

  static ArticleResult code(String text, String date) {
    return coder().code(new Article("test", "test", "", date == null ? null : LocalDate.parse(date), text));
  }

  /** The asserted events of a text as "SOURCE CODE TARGET" lines, in order (what {@code dyad code} prints). */
  static List<String> codes(String text, String date) {
    List<String> lines = new ArrayList<>();
    for (Event e : code(text, date).events().stream().filter(Event::asserted).toList()) {
      lines.add(e.source().actor().code() + " " + e.code().code() + " " + e.target().actor().code());
    }
    return lines;
  }
}
