package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.store.Alert;
import org.dyad.store.EventStore;
import org.dyad.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dyad alerts}: dyads whose conflict rose sharply against their own baseline, each with
 * the events that drove it.
 */
@Command(name = "alerts", mixinStandardHelpOptions = true,
    description = "Lists country-level dyads whose weekly conflict in the last weeks is far above their own baseline (z-score).")
final class AlertsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--window", paramLabel = "N", description = "Recent weeks compared with the earlier ones (default 2).")
  int window = 2;

  @Option(names = "--threshold", paramLabel = "Z", description = "Minimum z-score (default 3).")
  double threshold = 3;

  @Override
  public Integer call() throws IOException {
    OptionChecks.atLeast("--window", window, 1);
    OptionChecks.positive("--threshold", threshold);
    PrintWriter out = spec.commandLine().getOut();
    List<Alert> alerts;
    try (EventStore events = store.openExisting()) {
      alerts = events.alerts(window, threshold);
      out.printf(Locale.ROOT, "%-8s %-8s %-10s %8s %8s %8s %7s %6s%n", "source", "target", "since", "recent", "baseline", "sd", "z", "events");
      for (Alert a : alerts) {
        out.printf(Locale.ROOT, "%-8s %-8s %-10s %8.1f %8.1f %8.1f %7.1f %6d%n", a.source(), a.target(), a.since(), a.recentMean(),
            a.baselineMean(), a.baselineSd(), a.z(), a.recentEvents());
        // The events that drove it, most hostile first, each with its sentence.
        for (StoredEvent e : events.drivers(a, DRIVERS)) {
          out.printf(Locale.ROOT, "    %s %s %s→%s %5.1f  %s%n", e.date(), e.code(), e.source().code(), e.target().code(), e.goldstein(),
              abbreviated(e.sentenceText()));
        }
      }
    }
    out.printf(Locale.ROOT, "%d alert%s (window %d weeks, z >= %.1f)%n", alerts.size(), alerts.size() == 1 ? "" : "s", window, threshold);
    out.flush();
    return 0;
  }

  /** How many driving events each alert shows. */
  private static final int DRIVERS = 5;

  private static String abbreviated(String sentence) {
    String one = sentence.replaceAll("\\s+", " ").strip();
    return one.length() <= 100 ? one : one.substring(0, 99) + "…";
  }
}
