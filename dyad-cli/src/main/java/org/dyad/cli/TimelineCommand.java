package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.store.EventStore;
import org.dyad.store.TimelinePoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad timeline SOURCE TARGET}: a dyad's conflict–cooperation series. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "Prints a dyad's conflict-cooperation series by the dates of the acts, with fatalities (asserted events; codes match"
        + " by prefix: RUS covers RUSGOV, RUSMIL).")
final class TimelineCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SOURCE") String source;

  @Parameters(index = "1", paramLabel = "TARGET") String target;

  @Mixin StoreOption store;

  @Option(names = "--by", paramLabel = "day|week|month", description = "Period (default: week).")
  EventStore.Period by = EventStore.Period.WEEK;

  @Option(names = "--both", description = "Count both directions.")
  boolean both;

  @Option(names = "--format", paramLabel = "table|csv|json", description = "Output format (default: table).")
  Format format = Format.TABLE;

  @Mixin ProvenanceOption provenance;

  enum Format { TABLE, CSV, JSON }

  @Override
  public Integer call() throws IOException {
    source = OptionChecks.actorCode("SOURCE", source);
    target = OptionChecks.actorCode("TARGET", target);
    List<TimelinePoint> points;
    try (StoreReads events = store.openForReading(spec.commandLine().getErr())) {
      points = events.timeline(source, target, by, both, provenance.value());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (TimelinePoint p : points) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("period", p.period().toString());
        row.put("events", p.events());
        row.put("goldstein", p.goldstein());
        row.put("conflict", p.conflict());
        row.put("cooperation", p.cooperation());
        row.put("fatalities", p.fatalities());
        rows.add(row);
      }
      out.println(new ObjectMapper().writeValueAsString(rows));
    } else {
      String separator = format == Format.CSV ? "," : "\t";
      out.println(String.join(separator, "period", "events", "goldstein", "conflict", "cooperation", "fatalities"));
      for (TimelinePoint p : points) {
        out.println(String.join(separator, p.period().toString(), Long.toString(p.events()),
            String.format(Locale.ROOT, "%.1f", p.goldstein()), Long.toString(p.conflict()), Long.toString(p.cooperation()),
            Long.toString(p.fatalities())));
      }
    }
    out.flush();
    return 0;
  }
}
