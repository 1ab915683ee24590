package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.model.DyadInputException;
import org.dyad.store.DuckDbStore;
import org.dyad.store.exchange.ImportFormat;
import org.dyad.store.exchange.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code dyad import}: loads another data set's events (GDELT 2.0 event tables, ACLED CSV, POLECAT
 * files; and GDELT 2.0 mentions tables, the reports of GDELT events) into the store, each with its format as provenance, so that {@code dyads}, {@code
 * timeline}, {@code alerts}, the API and the dashboard work on them beside Dyad's own. A file with
 * a bad row is refused whole (one line naming it and the row) and the others are still imported;
 * importing a file again adds nothing.
 *
 * <p>{@snippet : ./dyad import --format gdelt 20250310.export.CSV --db gdelt.duckdb }
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Loads GDELT 2.0 event tables, ACLED CSV or POLECAT files into the store as events of that provenance.")
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--db", paramLabel = "FILE", description = "The DuckDB store (default: ./dyad.duckdb; created when missing).")
  Path db = Path.of("dyad.duckdb");

  @Option(names = "--format", required = true, paramLabel = "gdelt|gdelt-mentions|acled|polecat", converter = FormatLabel.class)
  ImportFormat format;

  @Parameters(arity = "1..*", paramLabel = "FILE") List<Path> files;

  @Override
  public Integer call() throws DyadInputException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int failures = 0;
    long added = 0;
    try (DuckDbStore store = DuckDbStore.open(db)) {
      for (Path file : files) {
        try {
          Importer.Result r = store.importFile(format, file);
          added += r.added();
          out.printf(Locale.ROOT, "%s: %d rows, %d %s added%s%n", file, r.rows(), r.added(), format.unit(),
              r.rows() > r.added() ? " (" + (r.rows() - r.added()) + " stored already or repeated)" : "");
        } catch (DyadInputException e) {
          err.println("dyad: " + e.getMessage());
          failures++;
        }
      }
    }
    out.printf(Locale.ROOT, "%d %s %s added to %s%n", added, format.provenance().label(), format.unit(), db);
    out.flush();
    err.flush();
    return failures > 0 ? Dyad.INPUT_ERROR : 0;
  }

  /** Reads {@code --format} by the formats' labels ({@code gdelt-mentions}). */
  static final class FormatLabel implements ITypeConverter<ImportFormat> {
    @Override
    public ImportFormat convert(String value) {
      try {
        return ImportFormat.ofLabel(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
