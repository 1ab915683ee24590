package org.dyad.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Article;

/**
 * What a batch of saves ({@link EventWriter#inOneTransaction}) has saved but not yet written: its
 * articles' rows, their events' rows and their signatures, in save order, and their hashes, so that
 * a second save of one of them within the batch is known. Written in one go before the commit.
 */
final class PendingRows {
  private final List<Object[]> articles = new ArrayList<>();
  private final List<List<Object>> events = new ArrayList<>();
  private final Map<String, MinHash> signatures = new LinkedHashMap<>();
  private final Set<String> hashes = new HashSet<>();

  /** Holds an original article's row: hash, id, source, title, date, text, no duplicate_of, its coder. */
  void article(Article a, String hash, String coderVersion) {
    articles.add(new Object[] {hash, a.id(), a.source(), a.title(), a.date(), a.text(), null, coderVersion});
    hashes.add(hash);
  }

  /** Holds rows of {@link EventColumns#values}. */
  void events(List<List<Object>> rows) {
    events.addAll(rows);
  }

  void signature(String hash, MinHash signature) {
    signatures.put(hash, signature);
  }

  /** Whether the batch has saved an article with this hash. */
  boolean holds(String hash) {
    return hashes.contains(hash);
  }

  List<Object[]> articles() {
    return articles;
  }

  List<List<Object>> events() {
    return events;
  }

  Map<String, MinHash> signatures() {
    return signatures;
  }
}
