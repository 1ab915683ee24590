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
    Map<String, Counts> countries = new TreeMap<>();
    Map<String, Counts> modalities = new TreeMap<>();
    Map<String, Counts> modes = new TreeMap<>();
    Map<String, Counts> details = new TreeMap<>();
    List<EvalReport.Example> examples = new ArrayList<>();
    List<Integer> errors = new ArrayList<>();
    int exact = 0;
    long start = System.nanoTime();
    for (GoldSentence g : set.sentences()) {
      ArticleResult result = coder.code(new Article(g.id(), set.name(), "", g.date(), g.text()));
      List<Key> expected = g.events().stream().filter(GoldEvent::asserted).map(this::key).toList();
      List<Event> asserted = result.events().stream().filter(Event::asserted).toList();
      judgeCountries(g, asserted, countries);
      List<Key> produced = asserted.stream().map(this::key).toList();
      Function<Key, String> eventKeyOf = keys.get("event");
      scoreModalities(g, result.events(), eventKeyOf, modalities);
      scoreModes(g, asserted, modes);
      scoreDetails(g, asserted, eventKeyOf, details);
      for (var k : keys.entrySet()) {
        metrics.merge(k.getKey(), compare(expected, produced, k.getValue()), Counts::plus);
      }
      if (coder.typer().isPresent()) {
        metrics.merge("event rules", compare(expected, asserted.stream().filter(e -> !modelMade(e)).map(this::key).toList(),
            keys.get("event")), Counts::plus);
        metrics.merge("event model", compare(expected, asserted.stream().filter(Scorer::modelMade).map(this::key).toList(),
            keys.get("event")), Counts::plus);
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
        metrics, exact, perAct, perTag, sorted(confusion), misses, countries, modalities, modes, details, worst(examples, errors),
        set.sentences().size() / Math.max(seconds, 1e-9));
  }

  /** Whether the learned typer made the event where no rule fired. */
  private static boolean modelMade(Event e) {
    return e.evidence().rule().startsWith("model");
  }

  /**
   * How often each source of an actor's country was used, and how often the country was right:
   * an actor of a coded event is judged against the record's expected events of the same CAMEO
   * root (right when one of them has an actor of that country on the same side; not judged when
   * none has that root). Counted as tp = right, fp = wrong, fn = not judged; "all" sums them.
   */
  private static void judgeCountries(GoldSentence g, List<Event> events, Map<String, Counts> countries) {
    for (Event e : events) {
      List<GoldEvent> sameRoot = g.events().stream()
          .filter(x -> x.asserted() && x.code() != null && x.code().startsWith(e.code().root())).toList();
      judge(e.source(), sameRoot.stream().map(GoldEvent::source).toList(), countries);
      judge(e.target(), sameRoot.stream().map(GoldEvent::target).toList(), countries);
    }
  }

  private static void judge(org.dyad.model.ActorMention m, List<String> expected, Map<String, Counts> countries) {
    String country = country(m.actor().code());
    Counts c = expected.isEmpty() ? new Counts(0, 0, 1)
        : expected.stream().anyMatch(x -> country(x).equals(country)) ? new Counts(1, 0, 0) : new Counts(0, 1, 0);
    countries.merge(m.countryFrom().label(), c, Counts::plus);
    countries.merge("all", c, Counts::plus);
  }

  /**
   * Per modality other than asserted: the record's expected events of that modality against the
   * coded events of that modality, on the event key.
   */
  private void scoreModalities(GoldSentence g, List<Event> events, Function<Key, String> key, Map<String, Counts> out) {
    java.util.Set<String> all = new java.util.TreeSet<>();
    g.events().stream().filter(e -> !e.asserted()).forEach(e -> all.add(e.modality()));
    events.stream().filter(e -> !e.asserted()).forEach(e -> all.add(e.modality().label()));
    for (String m : all) {
      List<Key> expected = g.events().stream().filter(e -> e.modality().equals(m)).map(this::key).toList();
      List<Key> produced = events.stream().filter(e -> e.modality().label().equals(m)).map(this::key).toList();
      out.merge(m, compare(expected, produced, key), Counts::plus);
    }
  }

  /**
   * Per ACLED-style sub-event type, sentence by sentence (as conflict monitors label snippets):
   * the types of the record's asserted events against those of its coded events, as multisets.
   */
  private static void scoreModes(GoldSentence g, List<Event> events, Map<String, Counts> out) {
    Map<String, Integer> left = new HashMap<>();
    g.events().stream().filter(e -> e.asserted() && !e.subEventType().isEmpty()).forEach(e -> left.merge(e.subEventType(), 1, Integer::sum));
    Map<String, Integer> expected = new HashMap<>(left);
    for (Event e : events) {
      String t = e.conflictType().subEventType();
      if (t.isEmpty()) {
        continue;
      }
      int n = left.getOrDefault(t, 0);
      if (n > 0) {
        left.put(t, n - 1);
        out.merge(t, new Counts(1, 0, 0), Counts::plus);
      } else {
        out.merge(t, new Counts(0, 1, 0), Counts::plus);
      }
    }
    left.forEach((t, n) -> {
      if (n > 0) {
        out.merge(t, new Counts(0, 0, n), Counts::plus);
      }
    });
    expected.keySet().forEach(t -> out.putIfAbsent(t, Counts.ZERO));
  }

  /**
   * Casualty counts and event dates of the events coded right (event key): per kind
   * ("fatalities", "injured", "arrested", "event date"), tp = the same figure or day, fp = another,
   * fn = none where the record states one.
   */
  private void scoreDetails(GoldSentence g, List<Event> events, Function<Key, String> key, Map<String, Counts> out) {
    List<Event> left = new ArrayList<>(events);
    for (GoldEvent x : g.events()) {
      if (!x.asserted()) {
        continue;
      }
      String k = key.apply(key(x));
      Event match = left.stream().filter(e -> key.apply(key(e)).equals(k)).findFirst().orElse(null);
      if (match == null) {
        continue;
      }
      left.remove(match);
      detail("fatalities", x.fatalities(), match.casualties().fatalities(), out);
      detail("injured", x.injured(), match.casualties().injured(), out);
      detail("arrested", x.arrested(), match.casualties().arrested(), out);
      if (x.eventDate() != null) {
        detail("event date", x.eventDate(), match.time().date(), out);
      }
    }
  }

  private static void detail(String kind, Object expected, Object produced, Map<String, Counts> out) {
    if (expected == null && produced == null) {
      return;
    }
    Counts c = expected == null ? new Counts(0, 1, 0) : produced == null ? new Counts(0, 0, 1)
        : expected.equals(produced) ? new Counts(1, 0, 0) : new Counts(0, 1, 1);
    out.merge(kind, c, Counts::plus);
  }

  /** The country part of an actor code: the organization code whole, else its first three letters. */
  private static String country(String code) {
    return code.startsWith("IGO") || code.startsWith("NGO") || code.length() < 3 ? code : code.substring(0, 3);
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
