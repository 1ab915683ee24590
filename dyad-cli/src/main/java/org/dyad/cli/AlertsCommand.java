package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.store.Alert;
import org.dyad.store.ActorLevel;
import org.dyad.store.AlertQuery;
import org.dyad.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dyad alerts}: dyads whose conflict rose sharply against their own baseline, each with
 * the events that drove it. The window ends on {@code --as-of} (today by default); its defaults
 * are {@link AlertQuery}'s, the same as the API's.
 */
@Command(name = "alerts", mixinStandardHelpOptions = true,
    description = "Lists dyads whose weekly conflict in the weeks up to a day is far above their own baseline (z-score).")
final class AlertsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
      description = "Last day of the window; later events are not read (default: today, UTC).")
  LocalDate asOf;

  @Option(names = "--window", paramLabel = "N", description = "Recent weeks compared with the earlier ones (default 2).")
  int window = AlertQuery.DEFAULT_WINDOW;

  @Option(names = "--threshold", paramLabel = "Z", description = "Minimum z-score (default 3).")
  double threshold = AlertQuery.DEFAULT_THRESHOLD;

  @Option(names = "--level", paramLabel = "country|sector",
      description = "Dyads of countries (ARMMIL and ARMGOV are ARM) or of actor codes with their sectors (KENCOP, KENCVL) (default: country).")
  ActorLevel level = ActorLevel.COUNTRY;

  @Mixin ProvenanceOption provenance;

  @Override
  public Integer call() throws IOException {
    OptionChecks.atLeast("--window", window, 1);
    OptionChecks.atMost("--window", window, AlertQuery.MAX_WINDOW);
    OptionChecks.positive("--threshold", threshold);
    AlertQuery query = new AlertQuery(asOf == null ? LocalDate.now(ZoneOffset.UTC) : asOf, window, threshold, level,
        provenance.value());
    // Everything is read before anything is printed: a store that fails half-way prints no table header.
    List<StoreReads.Flagged> alerts;
    EventStore.DateRange dates;
    try (StoreReads events = store.openForReading(spec.commandLine().getErr())) {
      alerts = events.alerts(query, DRIVERS);
      dates = events.eventDates();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%-8s %-8s %-10s %8s %8s %8s %7s %6s%n", "source", "target", "since", "recent", "baseline", "sd", "z", "events");
    for (StoreReads.Flagged f : alerts) {
      Alert a = f.alert();
      out.printf(Locale.ROOT, "%-8s %-8s %-10s %8.1f %8.1f %8.1f %7.1f %6d%n", a.source(), a.target(), a.since(), a.recentMean(),
          a.baselineMean(), a.baselineSd(), a.z(), a.recentEvents());
      // The events that drove it, most hostile first, each with its sentence.
      for (StoreReads.Driver e : f.drivers()) {
        out.printf(Locale.ROOT, "    %s %s %s→%s %5.1f  %s%n", e.date(), e.code(), e.source(), e.target(), e.goldstein(),
            abbreviated(e.sentence()));
      }
    }
    out.printf(Locale.ROOT, "%d alert%s (%s level, window %d weeks to %s, z >= %.1f)%n", alerts.size(), alerts.size() == 1 ? "" : "s",
        level.name().toLowerCase(Locale.ROOT), window, query.asOf(), threshold);
    out.flush();
    if (alerts.isEmpty() && dates.last() != null && dates.last().isBefore(query.asOf().minusWeeks(window))) {
      PrintWriter err = spec.commandLine().getErr();
      err.printf("dyad: the store's latest event is of %s, before this window: give --as-of %s to look at the weeks up to it%n",
          dates.last(), dates.last());
      err.flush();
    }
    return 0;
  }

  /** How many driving events each alert shows. */
  private static final int DRIVERS = 5;

  private static String abbreviated(String sentence) {
    String one = sentence.replaceAll("\\s+", " ").strip();
    return one.length() <= 100 ? one : one.substring(0, 99) + "…";
  }
}
