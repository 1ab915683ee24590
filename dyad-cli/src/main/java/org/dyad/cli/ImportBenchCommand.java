package org.dyad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.dyad.store.DuckDbStore;
import org.dyad.store.exchange.ImportFormat;
import org.dyad.store.exchange.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dyad bench-import}: writes N synthetic GDELT 2.0 event rows (61 columns, as the codebook
 * lays them out: dyads of 30 countries, CAMEO codes of every root, three geography blocks with FIPS
 * codes), imports them into a fresh store and reports the time, then imports the file again (which
 * adds nothing) and reports that time too. Each time comes with the CPU time the process spent and
 * the machine's load, since a shared machine stretches wall time.
 *
 * <p>{@snippet : ./dyad bench-import --rows 1000000 --db target/bench-import.duckdb }
 */
@Command(name = "bench-import", mixinStandardHelpOptions = true,
    description = "Times 'dyad import --format gdelt' on N synthetic GDELT 2.0 rows (default 1 million).")
final class ImportBenchCommand implements Callable<Integer> {
  private static final List<String> COUNTRIES = List.of("USA US", "RUS RS", "UKR UP", "CHN CH", "ISR IS", "PSE WE", "IRN IR", "IRQ IZ",
      "SYR SY", "TUR TU", "DEU GM", "FRA FR", "GBR UK", "IND IN", "PAK PK", "AFG AF", "NGA NI", "SDN SU", "ETH ET", "SOM SO", "MEX MX",
      "BRA BR", "JPN JA", "KOR KS", "PRK KN", "EGY EG", "SAU SA", "LBN LE", "YEM YM", "VEN VE");
  private static final List<String> CODES = List.of("010 0 1", "020 3.0 1", "036 4.0 1", "042 1.9 1", "051 3.4 1", "061 6.4 2",
      "071 7.4 2", "084 5.0 2", "090 -2.0 3", "111 -2.0 3", "120 -4.0 3", "130 -4.4 3", "141 -6.5 3", "163 -8.0 4", "173 -5.0 4",
      "180 -9.0 4", "190 -10.0 4", "195 -10.0 4", "201 -9.5 4");
  private static final List<String> TYPES = List.of("", "GOV", "MIL", "REB", "CVL", "OPP");

  @Spec CommandSpec spec;

  @Option(names = "--rows", paramLabel = "N") long rows = 1_000_000;

  @Option(names = "--db", paramLabel = "FILE", description = "A new store file (deleted first).")
  Path db = Path.of("target", "bench-import.duckdb");

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    OptionChecks.atLeast("--rows", rows, 1);
    StoreBenchCommand.deleteStore(db);
    Path file = Path.of(db + ".export.CSV");
    long t0 = System.nanoTime();
    write(file, rows);
    out.printf(Locale.ROOT, "wrote %d GDELT rows (%.0f MB) in %.1f s%n", rows, Files.size(file) / 1048576.0, seconds(t0));
    out.flush();
    try (DuckDbStore store = DuckDbStore.open(db)) {
      for (String round : List.of("import", "import again")) {
        long t1 = System.nanoTime();
        long cpu1 = cpuNanos();
        Importer.Result r = store.importFile(ImportFormat.GDELT, file);
        double s = seconds(t1);
        out.printf(Locale.ROOT, "  %-14s %d rows, %d events added in %.2f s (%.0f rows/s; %.1f s of CPU on %d cores, load %.1f)%n", round,
            r.rows(), r.added(), s, r.rows() / s, (cpuNanos() - cpu1) / 1e9, Runtime.getRuntime().availableProcessors(),
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.flush();
      }
    }
    Files.deleteIfExists(file);
    return 0;
  }

  /** Writes {@code n} rows of the GDELT 2.0 event table, seeded so that a run gives the same file. */
  private static void write(Path file, long n) throws IOException {
    SplittableRandom random = new SplittableRandom(42);
    LocalDate first = LocalDate.of(2023, 1, 1);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      StringBuilder b = new StringBuilder(600);
      for (long i = 0; i < n; i++) {
        String[] a1 = COUNTRIES.get(random.nextInt(COUNTRIES.size())).split(" ");
        String[] a2 = COUNTRIES.get(random.nextInt(COUNTRIES.size())).split(" ");
        String t1 = TYPES.get(random.nextInt(TYPES.size()));
        String t2 = TYPES.get(random.nextInt(TYPES.size()));
        String[] code = CODES.get(random.nextInt(CODES.size())).split(" ");
        LocalDate day = first.plusDays(random.nextInt(1095));
        String ymd = day.toString().replace("-", "");
        double lat = random.nextDouble(-60, 70);
        double lon = random.nextDouble(-180, 180);
        b.setLength(0);
        b.append(1_000_000_000L + i).append('\t').append(ymd).append('\t').append(ymd, 0, 6).append('\t').append(day.getYear())
            .append('\t').append(String.format(Locale.ROOT, "%.4f", day.getYear() + day.getDayOfYear() / 365.0)).append('\t');
        actor(b, a1[0], t1);
        actor(b, a2[0], t2);
        b.append(i % 3 == 0 ? 1 : 0).append('\t').append(code[0]).append('\t').append(code[0]).append('\t').append(code[0], 0, 2)
            .append('\t').append(code[2]).append('\t').append(code[1]).append('\t').append(1 + random.nextInt(20)).append("\t1\t")
            .append(1 + random.nextInt(20)).append('\t').append(String.format(Locale.ROOT, "%.4f", random.nextDouble(-10, 5))).append('\t');
        geo(b, "1", a1[0], a1[1], a1[1], "", "");
        geo(b, "1", a2[0], a2[1], a2[1], "", "");
        geo(b, "4", "Place " + (i % 5000), a2[1], a2[1] + "0" + (1 + i % 9), String.format(Locale.ROOT, "%.4f", lat),
            String.format(Locale.ROOT, "%.4f", lon));
        b.append(ymd).append("120000\thttps://news.example/").append(i).append('\n');
        w.append(b);
      }
    }
  }

  private static void actor(StringBuilder b, String country, String type) {
    b.append(country).append(type).append('\t').append(country).append('\t').append(country).append("\t\t\t\t\t")
        .append(type).append("\t\t\t");
  }

  private static void geo(StringBuilder b, String type, String name, String fips, String adm1, String lat, String lon) {
    b.append(type).append('\t').append(name).append('\t').append(fips).append('\t').append(adm1).append("\t\t")
        .append(lat).append('\t').append(lon).append('\t').append(adm1).append('\t');
  }

  /** CPU time of this process, DuckDB's native threads included (0 where the JVM cannot tell). */
  private static long cpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
