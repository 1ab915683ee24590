package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.store.ActorLevel;
import org.dyad.store.DyadQuery;
import org.dyad.store.DyadSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad dyads}: the most active dyads in the store. */
@Command(name = "dyads", mixinStandardHelpOptions = true,
    description = "Lists the most active dyads in the store (asserted events; fatalities: each event's largest reported toll, summed).")
final class DyadsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD", converter = IsoDate.class, description = "Only events whose act is on or after this day.")
  LocalDate since;

  @Option(names = "--until", paramLabel = "YYYY-MM-DD", converter = IsoDate.class, description = "Only events whose act is on or before this day.")
  LocalDate until;

  @Option(names = "--top", paramLabel = "N", description = "How many dyads (default 20).")
  int top = 20;

  @Option(names = "--level", paramLabel = "sector|country",
      description = "Dyads of whole actor codes (KENCOP → KENCVL) or of countries (ARMMIL and ARMGOV are ARM) (default: sector).")
  ActorLevel level = ActorLevel.SECTOR;

  @Option(names = "--sector", paramLabel = "CODE", description = "Only events where the source or the target is of this sector (MIL, GOV, COP…).")
  String sector;

  @Mixin ProvenanceOption provenance;

  @Override
  public Integer call() throws IOException {
    OptionChecks.atLeast("--top", top, 1);
    OptionChecks.ordered(since, until);
    DyadQuery query = new DyadQuery(since, until, top, level, sector == null ? null : OptionChecks.sectorCode("--sector", sector),
        provenance.value());
    // Everything is read before anything is printed: a store that fails half-way prints no table header.
    List<DyadSummary> dyads;
    try (StoreReads events = store.openForReading(spec.commandLine().getErr())) {
      dyads = events.dyads(query);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%-14s %-14s %7s %8s %9s %5s %5s %5s %5s %7s %10s%n", "source", "target", "events", "mean GS", "total GS", "VC", "MC",
        "VK", "MK", "reports", "fatalities");
    for (DyadSummary d : dyads) {
      out.printf(Locale.ROOT, "%-14s %-14s %7d %8.2f %9.1f %5d %5d %5d %5d %7d %10d%n", d.source(), d.target(), d.events(), d.meanGoldstein(),
          d.totalGoldstein(), d.verbalCooperation(), d.materialCooperation(), d.verbalConflict(), d.materialConflict(), d.reports(),
          d.fatalities());
    }
    out.flush();
    return 0;
  }
}
