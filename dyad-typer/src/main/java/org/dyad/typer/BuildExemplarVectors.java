package org.dyad.typer;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.coder.typing.Exemplar;

/**
 * Computes {@code exemplars.f32} from {@code exemplars.tsv}: run after {@code tools/gen-exemplars.py}.
 *
 * <pre>
 * ./mvnw -q -B install -DskipTests -pl dyad-typer   # (re)build the jar with the new TSV
 * ./mvnw -q -B exec:java -pl dyad-typer              # writes src/main/resources/.../exemplars.f32
 * </pre>
 *
 * Arguments (both optional): the TSV (default {@code src/main/resources/org/dyad/typer/exemplars.tsv})
 * and the output (default: {@code exemplars.f32} beside it); relative to the working directory
 * (the module directory under exec:java).
 */
public final class BuildExemplarVectors {
  private BuildExemplarVectors() {}

  public static void main(String[] args) throws Exception {
    Path tsv = Path.of(args.length > 0 ? args[0] : "src/main/resources/org/dyad/typer/exemplars.tsv");
    Path out = args.length > 1 ? Path.of(args[1]) : tsv.resolveSibling(ExemplarVectors.RESOURCE);
    byte[] bytes = Files.readAllBytes(tsv);
    ExemplarBank bank = ExemplarBank.read(bytes, tsv.toString());
    long t0 = System.nanoTime();
    MiniLm model = MiniLm.load();
    long t1 = System.nanoTime();
    float[][] vectors = embedAll(model, bank.exemplars(), Runtime.getRuntime().availableProcessors());
    long t2 = System.nanoTime();
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp))) {
      ExemplarVectors.write(o, bank.sha256(), vectors);
    }
    Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    System.out.printf("%d exemplars of %s (sha256 %s) -> %s: model %.0f ms, embedding %.1f s%n",
        bank.size(), tsv, bank.sha256(), out, (t1 - t0) / 1e6, (t2 - t1) / 1e9);
  }

  static float[][] embedAll(MiniLm model, List<Exemplar> exemplars, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<float[]>> futures = new java.util.ArrayList<>();
      for (Exemplar e : exemplars) {
        futures.add(pool.submit(() -> EmbeddingTyper.embedding(model, e.text())));
      }
      float[][] out = new float[exemplars.size()][];
      for (int i = 0; i < out.length; i++) {
        out[i] = futures.get(i).get();
      }
      return out;
    } finally {
      pool.shutdown();
    }
  }
}
