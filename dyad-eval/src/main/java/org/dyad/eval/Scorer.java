package org.dyad.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.dyad.coder.ArticleCoder;
import org.dyad.coder.ArticleResult;
import org.dyad.coder.Decision;
import org.dyad.coder.SentenceTrace;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.ontology.CameoOntology;

/**
 * Codes every record of a gold set and compares the events with the expected ones, as multisets
 * per record, under several keys: {@code event} (source, target and act, where the act is the
 * CAMEO root, or the PLOVER type for sets that give only types), {@code act}, {@code code}
 * (source, target, full code), {@code dyad} (source, target) and {@code plover}. Actors are
 * compared at the chosen {@link Granularity}.
 */
public final class Scorer {
  private final ArticleCoder coder;
  private final Granularity granularity;
  private final CameoOntology ontology;

  public Scorer(ArticleCoder coder, Granularity granularity) {
    this.coder = coder;
    this.granularity = granularity;
    this.ontology = coder.dictionaries().ontology();
  }

  /** One event as the keys see it. */
  private record Key(String source, String target, String code, String root, String plover) {}

  public EvalReport score(GoldSet set) {
    boolean byPlover = set.sentences().stream().flatMap(s -> s.events().stream()).allMatch(e -> e.code() == null);
    Function<Key, String> act = byPlover ? Key::plover : Key::root;
    Map<String, Function<Key, String>> keys = new LinkedHashMap<>();
    keys.put("event", k -> k.source() + " " + act.apply(k) + " " + k.target());
    keys.put(byPlover ? "plover" : "root", act);
    if (!byPlover) {
      keys.put("code", k -> k.source() + " " + k.code() + " " + k.target());
      keys.put("plover", Key::plover);
    }
    keys.put("dyad", k -> k.source() + " " + k.target());
    Map<String, Counts> metrics = new LinkedHashMap<>();
    keys.keySet().forEach(k -> metrics.put(k, Counts.ZERO));
    Map<String, Counts> perAct = new TreeMap<>();
    Map<String, Counts> perTag = new TreeMap<>();
    Map<String, Integer> confusion = new HashMap<>();
    Map<String, Integer> misses = new TreeMap<>();
    List<EvalReport.Example> examples = new ArrayList<>();
    List<Integer> errors = new ArrayList<>();
    int exact = 0;
    long start = System.nanoTime();
    for (GoldSentence g : set.sentences()) {
      ArticleResult result = coder.code(new Article(g.id(), set.name(), "", g.date(), g.text()));
      List<Key> expected = g.events().stream().map(this::key).toList();
      List<Key> produced = result.events().stream().map(this::key).toList();
      for (var k : keys.entrySet()) {
        metrics.merge(k.getKey(), compare(expected, produced, k.getValue()), Counts::plus);
      }
      Function<Key, String> eventKey = keys.get("event");
      Counts c = compare(expected, produced, eventKey);
      if (c.fp() == 0 && c.fn() == 0) {
        exact++;
      }
      perActCounts(expected, produced, eventKey, act).forEach((a, n) -> perAct.merge(a, n, Counts::plus));
      for (String tag : g.tags()) {
        perTag.merge(tag, c, Counts::plus);
      }
      confuse(expected, produced, eventKey, act, confusion);
      classifyMisses(g, expected, produced, eventKey, result, misses);
      if (c.fp() + c.fn() > 0) {
        examples.add(new EvalReport.Example(g.id(), g.text(), strings(expected, eventKey), strings(produced, eventKey)));
        errors.add(c.fp() + c.fn());
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new EvalReport(set.name(), granularity.label(), byPlover ? "plover" : "root", set.sentences().size(), set.skipped(),
        metrics, exact, perAct, perTag, sorted(confusion), misses, worst(examples, errors),
        set.sentences().size() / Math.max(seconds, 1e-9));
  }

  private Key key(GoldEvent e) {
    String plover = e.plover() != null ? e.plover() : ontology.find(e.code()).map(c -> c.ploverType().name()).orElse("?");
    String code = e.code() == null ? "?" : e.code();
    return new Key(granularity.reduce(e.source()), granularity.reduce(e.target()), code,
        code.length() >= 2 ? code.substring(0, 2) : code, plover);
  }

  private Key key(Event e) {
    return new Key(granularity.reduce(e.source().actor().code()), granularity.reduce(e.target().actor().code()),
        e.code().code(), e.code().root(), e.code().ploverType().name());
  }

  private static Counts compare(List<Key> expected, List<Key> produced, Function<Key, String> key) {
    Map<String, Integer> left = count(expected, key);
    int tp = 0;
    for (Key p : produced) {
      String k = key.apply(p);
      int n = left.getOrDefault(k, 0);
      if (n > 0) {
        left.put(k, n - 1);
        tp++;
      }
    }
    return new Counts(tp, produced.size() - tp, expected.size() - tp);
  }

  private static Map<String, Counts> perActCounts(List<Key> expected, List<Key> produced, Function<Key, String> key, Function<Key, String> act) {
    Map<String, Counts> byAct = new HashMap<>();
    Map<String, Integer> left = count(expected, key);
    List<Key> unmatchedExpected = new ArrayList<>(expected);
    for (Key p : produced) {
      String k = key.apply(p);
      int n = left.getOrDefault(k, 0);
      if (n > 0) {
        left.put(k, n - 1);
        byAct.merge(act.apply(p), new Counts(1, 0, 0), Counts::plus);
        unmatchedExpected.remove(unmatchedExpected.stream().filter(e -> key.apply(e).equals(k)).findFirst().orElseThrow());
      } else {
        byAct.merge(act.apply(p), new Counts(0, 1, 0), Counts::plus);
      }
    }
    for (Key e : unmatchedExpected) {
      byAct.merge(act.apply(e), new Counts(0, 0, 1), Counts::plus);
    }
    return byAct;
  }

  private static void confuse(List<Key> expected, List<Key> produced, Function<Key, String> key, Function<Key, String> act, Map<String, Integer> confusion) {
    List<Key> missed = new ArrayList<>(expected);
    List<Key> extra = new ArrayList<>();
    for (Key p : produced) {
      Key match = missed.stream().filter(e -> key.apply(e).equals(key.apply(p))).findFirst().orElse(null);
      if (match != null) {
        missed.remove(match);
      } else {
        extra.add(p);
      }
    }
    for (Key e : missed) {
      Key sameDyad = extra.stream().filter(p -> p.source().equals(e.source()) && p.target().equals(e.target())).findFirst().orElse(null);
      if (sameDyad != null) {
        extra.remove(sameDyad);
      }
      confusion.merge(act.apply(e) + " → " + (sameDyad == null ? "none" : act.apply(sameDyad)), 1, Integer::sum);
    }
    for (Key p : extra) {
      confusion.merge("none → " + act.apply(p), 1, Integer::sum);
    }
  }

  /** Why each missed event was missed: no trigger of its root, a trigger without the right actors, a code CAMEO lacks. */
  private void classifyMisses(GoldSentence g, List<Key> expected, List<Key> produced, Function<Key, String> key, ArticleResult result, Map<String, Integer> misses) {
    Map<String, Integer> left = count(produced, key);
    for (Key e : expected) {
      String k = key.apply(e);
      int n = left.getOrDefault(k, 0);
      if (n > 0) {
        left.put(k, n - 1);
        continue;
      }
      String cause;
      if (!e.code().equals("?") && ontology.find(e.code()).isEmpty()) {
        cause = "code outside CAMEO";
      } else if (triggered(result, e)) {
        cause = "trigger found, actors or modality differ";
      } else {
        cause = "no lexicon trigger for it";
      }
      misses.merge(cause, 1, Integer::sum);
    }
  }

  private boolean triggered(ArticleResult result, Key e) {
    for (SentenceTrace t : result.traces()) {
      for (Decision d : t.decisions()) {
        String code = d.entry().replaceAll(".*→ ([0-9]+).*", "$1");
        boolean same = e.code().equals("?")
            ? ontology.find(code).map(c -> c.ploverType().name().equals(e.plover())).orElse(false)
            : code.startsWith(e.root());
        if (same) {
          return true;
        }
      }
    }
    return false;
  }

  private static Map<String, Integer> count(List<Key> keys, Function<Key, String> key) {
    Map<String, Integer> counts = new HashMap<>();
    keys.forEach(k -> counts.merge(key.apply(k), 1, Integer::sum));
    return counts;
  }

  private static List<String> strings(List<Key> keys, Function<Key, String> key) {
    return keys.stream().map(key).toList();
  }

  private static Map<String, Integer> sorted(Map<String, Integer> counts) {
    Map<String, Integer> out = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  private static List<EvalReport.Example> worst(List<EvalReport.Example> examples, List<Integer> errors) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> -errors.get(i)).thenComparing(i -> i));
    return order.stream().map(examples::get).toList();
  }
}
