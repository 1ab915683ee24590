package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.dyad.store.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dyad export}: the stored events in the field's formats (GDELT 2.0 events and mentions,
 * PLOVER JSON, POLECAT, ACLED) or with every stored column (CSV, Parquet).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Writes the stored events as gdelt (GDELT 2.0 event table), gdelt-mentions, plover (JSON lines), polecat, acled,"
        + " parquet or csv.")
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--format", required = true, paramLabel = "gdelt|gdelt-mentions|plover|polecat|acled|parquet|csv",
      converter = FormatLabel.class)
  ExportFormat format;

  @Mixin ProvenanceOption provenance;

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
      rows = events.export(format, out, since, until, provenance.value());
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(rows + (format == ExportFormat.GDELT_MENTIONS ? " mentions" : " events") + " written to " + out);
    stdout.flush();
    return 0;
  }

  /** Reads {@code --format} by the formats' labels ({@code gdelt-mentions}). */
  static final class FormatLabel implements ITypeConverter<ExportFormat> {
    @Override
    public ExportFormat convert(String value) {
      try {
        return ExportFormat.ofLabel(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
