package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.dyad.store.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad export}: the stored events as a GDELT-style table, PLOVER JSON, Parquet or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Writes the stored events as gdelt (tab-separated GDELT event columns), plover (JSON lines), parquet or csv.")
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--format", required = true, paramLabel = "gdelt|plover|parquet|csv") ExportFormat format;

  @Option(names = "--out", required = true, paramLabel = "FILE") Path out;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD", converter = IsoDate.class, description = "Only events on or after this day.")
  LocalDate since;

  @Option(names = "--until", paramLabel = "YYYY-MM-DD", converter = IsoDate.class, description = "Only events on or before this day.")
  LocalDate until;

  @Override
  public Integer call() throws IOException {
    OptionChecks.ordered(since, until);
    if (out.toString().equals("-")) {
      throw new org.dyad.model.DyadInputException("--out - : export writes a file (its format may be binary, e.g. parquet); name one");
    }
    long rows;
    try (StoreReads events = store.openForReading(spec.commandLine().getErr())) {
      rows = events.export(format, out, since, until);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(rows + " events written to " + out);
    stdout.flush();
    return 0;
  }
}
