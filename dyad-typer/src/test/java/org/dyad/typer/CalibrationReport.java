package org.dyad.typer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.dyad.coder.typing.Exemplar;
import org.dyad.coder.typing.Typing;
import org.junit.jupiter.api.Test;

/**
 * Prints calibration figures for the main engineer (no thresholds are set from them here, and
 * nothing is asserted on them): on dev.jsonl and real.jsonl, each scored against the bank without
 * its own sentences, the accuracy of the 10-NN similarity-weighted root vote, the distributions of
 * the "none" vote share and of the top similarity for sentences with and without an asserted
 * event, and the zero-shot sub-event type accuracy (the dyad-acled descriptions only) on
 * real.jsonl as weighted F1. Also: {@code main} prints the same.
 */
class CalibrationReport {
  @Test
  void print_calibration() throws IOException {
    assertTrue(run(EmbeddingTyper.load()).length() > 0);
  }

  public static void main(String[] args) throws IOException {
    run(EmbeddingTyper.load());
  }

  static String run(EmbeddingTyper typer) throws IOException {
    StringBuilder out = new StringBuilder();
    for (Path file : List.of(GoldTexts.DEV, GoldTexts.REAL)) {
      String origin = file.getFileName().toString();
      List<GoldTexts.Sentence> gold = GoldTexts.jsonl(file);
      List<String> texts = new ArrayList<>();
      gold.forEach(s -> texts.add(s.text()));
      EmbeddingTyper cv = typer.withBank(typer.bank().excluding(origin, texts));
      int events = 0;
      int rightFirst = 0;
      int rightAny = 0;
      List<double[]> withEvent = new ArrayList<>();
      List<double[]> without = new ArrayList<>();
      int noneRight = 0;
      for (GoldTexts.Sentence s : gold) {
        Typing t = cv.type(s.text());
        Typing.Vote v = t.rootVote(EmbeddingTyper.CAMEO_K).orElseThrow();
        double[] stats = {noneShare(t), v.topSimilarity()};
        if (s.code() == null) {
          without.add(stats);
          noneRight += v.label().equals(Exemplar.NO_EVENT) ? 1 : 0;
        } else {
          withEvent.add(stats);
          events++;
          rightFirst += v.label().equals(s.code().substring(0, 2)) ? 1 : 0;
          String vote = v.label();
          rightAny += s.assertedCodes().stream().anyMatch(c -> c.startsWith(vote)) ? 1 : 0;
        }
      }
      out.append(String.format(Locale.ROOT, "%s (bank %d of %d exemplars): %d sentences with an asserted event: "
              + "10-NN root vote = first event's root %.1f%% (%d), = any asserted event's root %.1f%% (%d)%n",
          origin, cv.bank().size(), typer.bank().size(), events, 100.0 * rightFirst / events, rightFirst,
          100.0 * rightAny / events, rightAny));
      out.append(String.format(Locale.ROOT, "  %d sentences without an asserted event: vote 'none' %.1f%% (%d)%n",
          without.size(), without.isEmpty() ? 0 : 100.0 * noneRight / without.size(), noneRight));
      out.append(quantiles("  'none' share, no event  ", without, 0)).append(quantiles("  'none' share, event     ", withEvent, 0));
      out.append(quantiles("  top similarity, no event", without, 1)).append(quantiles("  top similarity, event   ", withEvent, 1));
      for (double th : new double[] {0.3, 0.4, 0.5, 0.6, 0.7}) {
        out.append(String.format(Locale.ROOT, "  'none' share >= %.1f: %.1f%% of no-event sentences, %.1f%% of event sentences%n",
            th, 100 * atLeast(without, 0, th), 100 * atLeast(withEvent, 0, th)));
      }
      for (double th : new double[] {0.4, 0.5, 0.6}) {
        out.append(String.format(Locale.ROOT, "  top similarity < %.2f: %.1f%% of no-event sentences, %.1f%% of event sentences%n",
            th, 100 * (1 - atLeast(without, 1, th)), 100 * (1 - atLeast(withEvent, 1, th))));
      }
    }
    // Sub-event types, pure zero-shot: only Dyad's own descriptions (no gold origin).
    EmbeddingTyper zero = typer.withBank(typer.bank().excludingOrigins(List.of("dev.jsonl", "real.jsonl")));
    Map<String, int[]> perType = new LinkedHashMap<>(); // tp, fp, fn
    int n = 0;
    int right = 0;
    for (GoldTexts.Sentence s : GoldTexts.jsonl(GoldTexts.REAL)) {
      if (s.subEventType() == null) {
        continue;
      }
      String got = zero.type(s.text()).nearestSubEvent().orElseThrow().exemplar().label();
      n++;
      if (got.equals(s.subEventType())) {
        right++;
        perType.computeIfAbsent(got, k -> new int[3])[0]++;
      } else {
        perType.computeIfAbsent(got, k -> new int[3])[1]++;
        perType.computeIfAbsent(s.subEventType(), k -> new int[3])[2]++;
      }
    }
    double weighted = 0;
    StringBuilder rows = new StringBuilder();
    for (String type : new TreeSet<>(perType.keySet())) {
      int[] c = perType.get(type);
      int support = c[0] + c[2];
      double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
      double r = support == 0 ? 0 : (double) c[0] / support;
      double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
      weighted += f1 * support;
      rows.append(String.format(Locale.ROOT, "    %-36s support %3d  P %.2f R %.2f F1 %.2f%n", type, support, p, r, f1));
    }
    out.append(String.format(Locale.ROOT, "sub-event type, zero-shot (%d dyad-acled descriptions), real.jsonl first asserted events "
            + "with a type: %d; accuracy %.1f%%, weighted F1 %.3f%n", zero.bank().exemplars().stream()
            .filter(e -> e.kind().equals("subevent")).count(), n, 100.0 * right / n, weighted / n)).append(rows);
    System.out.print(out);
    return out.toString();
  }

  private static double noneShare(Typing t) {
    double none = 0;
    double total = 0;
    for (Typing.Neighbour nb : t.cameo()) {
      total += nb.similarity();
      none += nb.exemplar().label().equals(Exemplar.NO_EVENT) ? nb.similarity() : 0;
    }
    return total == 0 ? 0 : none / total;
  }

  private static double atLeast(List<double[]> stats, int i, double th) {
    return stats.isEmpty() ? 0 : stats.stream().filter(s -> s[i] >= th).count() / (double) stats.size();
  }

  private static String quantiles(String name, List<double[]> stats, int i) {
    if (stats.isEmpty()) {
      return name + ": (none)\n";
    }
    double[] v = stats.stream().mapToDouble(s -> s[i]).sorted().toArray();
    StringBuilder b = new StringBuilder(name).append(String.format(Locale.ROOT, " (n=%d):", v.length));
    String[] names = {"min", "p10", "p25", "p50", "p75", "p90", "max"};
    double[] qs = {0, 0.1, 0.25, 0.5, 0.75, 0.9, 1};
    for (int k = 0; k < qs.length; k++) {
      b.append(String.format(Locale.ROOT, " %s %.2f", names[k], v[(int) Math.round(qs[k] * (v.length - 1))]));
    }
    return b.append('\n').toString();
  }

}
