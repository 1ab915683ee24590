package org.dyad.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Article;

/**
 * Rows that saves have made but that are not yet in their tables: articles, their events' rows,
 * their signatures and their new primary reports for the fusion lookup, in save order, and the
 * articles' hashes, so that a second save of one of them is known. {@link EventWriter} writes them
 * in one go (one statement or Appender a table); until then the lookups read them here.
 */
final class PendingRows {
  private final List<Object[]> articles = new ArrayList<>();
  private final List<List<Object>> events = new ArrayList<>();
  private final Map<String, MinHash> signatures = new LinkedHashMap<>();
  private final List<RecentReport> reports = new ArrayList<>();
  private final Set<String> hashes = new HashSet<>();

  /**
   * A new primary report for {@code fusion_recent}, with its sentence, which fusion by meaning reads
   * while the report is held; {@code keepSentence}: whether the lookup stores it too (fusion by
   * meaning is on; the rule alone needs none, and a sentence costs the lookup about 130 bytes).
   */
  record RecentReport(FusionRule.Report report, String sentence, boolean keepSentence) {}

  /** Holds an article's row: hash, id, source, title, date, text, its original (a near-duplicate's; else {@code null}), its coder. */
  void article(Article a, String hash, String duplicateOf, String coderVersion) {
    article(new Object[] {hash, a.id(), a.source(), a.title(), a.date(), a.text(), duplicateOf, coderVersion});
  }

  /** Holds an article's row in the order of {@link #article(Article, String, String, String)}. */
  void article(Object[] row) {
    articles.add(row);
    hashes.add((String) row[0]);
  }

  /** Holds rows of {@link EventColumns#values}. */
  void events(List<List<Object>> rows) {
    events.addAll(rows);
  }

  void signature(String hash, MinHash signature) {
    signatures.put(hash, signature);
  }

  void reports(List<RecentReport> recent) {
    reports.addAll(recent);
  }

  /** Adds another's rows after these, as if saved after them. */
  void addAll(PendingRows later) {
    later.articles.forEach(this::article);
    events.addAll(later.events);
    signatures.putAll(later.signatures);
    reports.addAll(later.reports);
  }

  /** Whether an article with this hash is held. */
  boolean holds(String hash) {
    return hashes.contains(hash);
  }

  boolean isEmpty() {
    return articles.isEmpty() && events.isEmpty() && reports.isEmpty();
  }

  /** How many articles are held. */
  int size() {
    return articles.size();
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

  List<RecentReport> reports() {
    return reports;
  }
}
