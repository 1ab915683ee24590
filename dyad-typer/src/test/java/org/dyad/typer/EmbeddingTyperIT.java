package org.dyad.typer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.coder.typing.Exemplar;
import org.dyad.coder.typing.Typing;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The typer on the real model (no mocks): stable roots for fixed sentences, sub-event types, speed. */
class EmbeddingTyperIT {
  private static EmbeddingTyper typer;

  @BeforeAll
  static void load() {
    long t0 = System.nanoTime();
    typer = EmbeddingTyper.load();
    System.out.printf("typer: %s loaded in %.0f ms (bank, vectors and model)%n", typer.describe(), (System.nanoTime() - t0) / 1e6);
  }

  private static String root(String sentence) {
    return typer.type(sentence).rootVote(EmbeddingTyper.CAMEO_K).orElseThrow().label();
  }

  @Test
  void top_roots_of_fixed_sentences_are_stable() {
    assertEquals("19", root("Russian forces shelled the city of Kharkiv overnight."));
    assertEquals("17", root("Police arrested 20 protesters in Nairobi."));
    assertEquals("14", root("Thousands marched in Tbilisi against the law."));
  }

  /**
   * A meeting about a ceasefire: MiniLM weighs the topic (ceasefire) over the act (meeting), so
   * the nearest exemplars are ceasefire ones (0871, 10, 045) and no root gets a strong vote. That
   * is why the typer only makes an event where no lexicon word fired and lowers a rule's
   * confidence only on a strong (0.7) vote for another root: here the rules' "met" (04) stands.
   * (This test used to expect a vote for 04 and was disabled; the expectation was wrong, not the code.)
   */
  @Test
  void a_meeting_about_a_ceasefire_gets_no_strong_vote_against_the_meeting() {
    Typing.Vote v = typer.type("The two foreign ministers met in Geneva to discuss the ceasefire.")
        .rootVote(EmbeddingTyper.CAMEO_K).orElseThrow();
    assertTrue(v.label().equals("04") || v.share() < 0.7, v.toString());
  }

  @Test
  void drone_strike_is_an_air_strike() {
    Typing t = typer.type("A drone strike hit a market in Idlib, killing five.");
    assertEquals("Air/drone strike", t.nearestSubEvent().orElseThrow().exemplar().label(), t.subEvents().toString());
    assertEquals(EmbeddingTyper.SUB_EVENT_K, t.subEvents().size());
    assertEquals(EmbeddingTyper.CAMEO_K, t.cameo().size());
  }

  @Test
  void weather_votes_none_or_is_far_from_every_exemplar() {
    Typing t = typer.type("Heavy rain is expected across the region on Monday.");
    Typing.Vote v = t.rootVote(EmbeddingTyper.CAMEO_K).orElseThrow();
    System.out.printf("weather: vote %s share %.2f, top similarity %.3f (%s)%n", v.label(), v.share(), v.topSimilarity(),
        t.cameo().get(0).exemplar().id());
    assertTrue(v.label().equals(Exemplar.NO_EVENT) || v.topSimilarity() < 0.4, v.toString());
  }

  @Test
  void neighbours_are_best_first_and_similarities_are_cosines() {
    Typing t = typer.type("Iran and Iraq signed an agreement on border security.");
    for (List<Typing.Neighbour> list : List.of(t.cameo(), t.subEvents())) {
      for (int i = 1; i < list.size(); i++) {
        assertTrue(list.get(i - 1).similarity() >= list.get(i).similarity(), list.toString());
      }
      assertTrue(list.get(0).similarity() <= 1.0001 && list.get(0).similarity() > 0, list.toString());
    }
    // An exemplar's own text is its own nearest neighbour.
    Exemplar e = typer.bank().exemplars().get(100);
    Typing self = typer.type(e.text());
    assertEquals(1.0, self.cameo().get(0).similarity(), 1e-3);
  }

  @Test
  void with_bank_types_over_the_filtered_bank_only() {
    EmbeddingTyper noGold = typer.withBank(typer.bank().excludingOrigins(List.of("dev.jsonl", "real.jsonl")));
    Typing t = noGold.type("Police arrested 20 protesters in Nairobi.");
    assertTrue(t.cameo().stream().noneMatch(n -> n.exemplar().origin().endsWith(".jsonl")), t.cameo().toString());
    assertTrue(t.subEvents().stream().allMatch(n -> n.exemplar().origin().equals("dyad-acled")), t.subEvents().toString());
    assertTrue(noGold.describe().startsWith("all-MiniLM-L6-v2-q, "), noGold.describe());
  }

  @Test
  void concurrent_typing_gives_the_sequential_answers_and_its_speed() throws Exception {
    List<String> sentences = new ArrayList<>();
    for (Exemplar e : typer.bank().exemplars()) {
      if (e.origin().equals("real.jsonl") && e.kind().equals("cameo") && sentences.size() < 100) {
        sentences.add(e.text());
      }
    }
    long t0 = System.nanoTime();
    typer.type("The two foreign ministers met in Geneva to discuss the ceasefire.");
    long t1 = System.nanoTime();
    List<Typing> sequential = new ArrayList<>();
    for (String s : sentences) {
      sequential.add(typer.type(s));
    }
    long t2 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Typing>> futures = new ArrayList<>();
    for (String s : sentences) {
      futures.add(pool.submit(() -> typer.type(s)));
    }
    List<Typing> parallel = new ArrayList<>();
    for (Future<Typing> f : futures) {
      parallel.add(f.get());
    }
    long t3 = System.nanoTime();
    pool.shutdown();
    for (int i = 0; i < sentences.size(); i++) {
      assertEquals(label(sequential.get(i)), label(parallel.get(i)), sentences.get(i));
    }
    System.out.printf("speed: one sentence %.1f ms; 100 sentences %.0f ms on 1 thread (%.0f/s), %.0f ms on 2 threads (%.0f/s)%n",
        (t1 - t0) / 1e6, (t2 - t1) / 1e6, 100 / ((t2 - t1) / 1e9), (t3 - t2) / 1e6, 100 / ((t3 - t2) / 1e9));
  }

  /**
   * The search that compares four exemplars at a time finds what one plain running sum over each
   * exemplar in bank order finds: the same neighbours in the same order with the same similarities,
   * to the bit, on fixed sentences (the gold sentences of real.jsonl in the bank and the sentences above).
   */
  @Test
  void nearest_exemplars_equal_a_plain_search_to_the_bit() {
    float[] vectors = ExemplarVectors.load(typer.bank());
    List<String> sentences = new ArrayList<>(List.of("Russian forces shelled the city of Kharkiv overnight.",
        "Police arrested 20 protesters in Nairobi.", "The two foreign ministers met in Geneva to discuss the ceasefire.",
        "Heavy rain is expected across the region on Monday."));
    typer.bank().exemplars().stream().filter(e -> e.origin().equals("real.jsonl")).limit(200).forEach(e -> sentences.add(e.text()));
    for (String sentence : sentences) {
      float[] q = typer.embed(sentence);
      Typing t = typer.type(q);
      assertEquals(plainNearest(q, vectors, "cameo", EmbeddingTyper.CAMEO_K), neighbours(t.cameo()), sentence);
      assertEquals(plainNearest(q, vectors, "subevent", EmbeddingTyper.SUB_EVENT_K), neighbours(t.subEvents()), sentence);
    }
  }

  /** "id similarity" of the k nearest exemplars of a kind: one running sum each, a stable sort, best first. */
  private static List<String> plainNearest(float[] q, float[] vectors, String kind, int k) {
    List<Exemplar> all = typer.bank().exemplars();
    List<Integer> order = new ArrayList<>();
    float[] sim = new float[all.size()];
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).kind().equals(kind)) {
        int off = typer.bank().row(i) * ExemplarVectors.DIMENSION;
        float dot = 0;
        for (int j = 0; j < ExemplarVectors.DIMENSION; j++) {
          dot += q[j] * vectors[off + j];
        }
        sim[i] = dot;
        order.add(i);
      }
    }
    order.sort((a, b) -> Float.compare(sim[b], sim[a]));
    return order.subList(0, k).stream().map(i -> all.get(i).id() + " " + sim[i]).toList();
  }

  private static List<String> neighbours(List<Typing.Neighbour> list) {
    return list.stream().map(n -> n.exemplar().id() + " " + (float) n.similarity()).toList();
  }

  private static List<String> label(Typing t) {
    List<String> ids = new ArrayList<>();
    t.cameo().forEach(n -> ids.add(n.exemplar().id()));
    t.subEvents().forEach(n -> ids.add(n.exemplar().id()));
    return ids;
  }
}
