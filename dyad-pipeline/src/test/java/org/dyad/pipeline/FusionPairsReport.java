package org.dyad.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.typer.EmbeddingTyper;
import org.junit.jupiter.api.Test;

/**
 * Not a test (it asserts nothing, so {@code verify} does not run it): prints, for each threshold,
 * how many one-event and two-event pairs of {@code fusion-pairs.tsv} reach it under {@link
 * SentenceMeaning}, from which its {@link SentenceMeaning#THRESHOLD} was chosen.
 *
 * {@snippet :
 * ./mvnw -q -B -o verify -pl dyad-pipeline -am -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=FusionPairsReport
 * }
 */
class FusionPairsReport {
  @Test
  void print() throws IOException {
    SentenceMeaning meaning = new SentenceMeaning(EmbeddingTyper.load());
    List<Double> same = new ArrayList<>();
    List<Double> different = new ArrayList<>();
    try (InputStream in = FusionPairsReport.class.getResourceAsStream("fusion-pairs.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] f = line.split("\t");
        if (line.startsWith("#") || f[0].equals("label")) {
          continue;
        }
        double s = meaning.similarities(f[2], List.of(f[3]))[0];
        (f[0].equals("same") ? same : different).add(s);
      }
    }
    System.out.printf(Locale.ROOT, "%d same-event pairs, %d different-event pairs%nthreshold  same  different  same-different%n",
        same.size(), different.size());
    for (int t = 50; t <= 85; t++) {
      double th = t / 100.0;
      double tp = same.stream().filter(s -> s >= th).count() / (double) same.size();
      double fp = different.stream().filter(s -> s >= th).count() / (double) different.size();
      System.out.printf(Locale.ROOT, "%.2f  %.3f  %.3f  %.3f%n", th, tp, fp, tp - fp);
    }
  }
}
