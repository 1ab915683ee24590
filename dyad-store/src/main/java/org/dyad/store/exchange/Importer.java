package org.dyad.store.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.dyad.model.DyadInputException;

/**
 * Loads a GDELT, ACLED or POLECAT file into the store's {@code events}, with its format as
 * provenance. The file is first staged whole in a temporary table of its columns as text: tab-
 * separated files line by line through DuckDB's Appender (a line with the wrong number of columns
 * is refused by file and line), CSV by DuckDB's own reader. The columns that must parse are then
 * checked in SQL, and only a file that passes is mapped into {@code events} by its format's
 * {@code <format>.import.sql}, in one transaction. Importing a file again adds nothing: an event
 * whose id is stored already is left as it is. Not thread-safe (one connection).
 */
public final class Importer {
  /** How a file went: rows read and events added (rows minus those stored already or repeated). */
  public record Result(long rows, long added) {}

  private final Connection connection;
  private final ExchangeTables tables;

  public Importer(Connection connection, ExchangeTables tables) {
    this.connection = connection;
    this.tables = tables;
  }

  /** Imports one file; bad input is a {@link DyadInputException} naming the file (and line), and nothing of it is stored. */
  public Result load(ImportFormat format, Path file) throws DyadInputException, SQLException {
    if (!Files.isRegularFile(file)) {
      throw new DyadInputException(file + ": no such file");
    }
    tables.create();
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE OR REPLACE TEMP TABLE staging (line BIGINT, "
          + format.columns().stream().map(c -> quoted(c) + " VARCHAR").collect(Collectors.joining(", ")) + ")");
      try {
        long rows = format.layout() == ImportFormat.Layout.CSV_HEADER ? stageCsv(s, format, file) : stageTsv(format, file);
        check(s, format, file);
        return new Result(rows, insert(s, format, file));
      } finally {
        s.execute("DROP TABLE IF EXISTS staging");
      }
    }
  }

  /** Stages a tab-separated file line by line; returns the rows staged. */
  private long stageTsv(ImportFormat format, Path file) throws DyadInputException, SQLException {
    int width = format.columns().size();
    long rows = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        DuckDBAppender app = connection.unwrap(DuckDBConnection.class).createAppender("temp", "main", "staging")) {
      long lineNo = 0;
      if (format.layout() == ImportFormat.Layout.TSV_HEADER) {
        lineNo++;
        checkHeader(format, file, in.readLine());
      }
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.endsWith("\r")) {
          line = line.substring(0, line.length() - 1);
        }
        if (line.isEmpty()) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length != width) {
          throw new DyadInputException(file + ":" + lineNo + ": expected " + width + " tab-separated " + format.name() + " columns, found "
              + fields.length);
        }
        app.beginRow().append(lineNo);
        for (String f : fields) {
          app.append(f);
        }
        app.endRow();
        rows++;
      }
    } catch (DyadInputException e) {
      throw e;
    } catch (CharacterCodingException e) {
      throw new DyadInputException(file + ": not UTF-8 text", e);
    } catch (IOException e) {
      throw new DyadInputException(file + ": cannot read: " + e.getMessage(), e);
    }
    return rows;
  }

  private static void checkHeader(ImportFormat format, Path file, String header) throws DyadInputException {
    String expected = String.join("\t", format.columns());
    String found = header == null ? "" : header.replace("\uFEFF", "").replace("\r", "");
    if (!found.equals(expected)) {
      List<String> names = List.of(found.split("\t", -1));
      List<String> missing = format.columns().stream().filter(c -> !names.contains(c)).toList();
      throw new DyadInputException(file + ":1: not a " + format.name() + " header"
          + (missing.isEmpty() ? " (its columns are out of order)" : "; missing " + String.join(", ", missing)));
    }
  }

  /** Stages a CSV file with DuckDB's reader, by column name; returns the rows staged. */
  private long stageCsv(Statement s, ImportFormat format, Path file) throws DyadInputException {
    String read = "read_csv('" + file.toAbsolutePath().toString().replace("'", "''")
        + "', header = true, all_varchar = true, delim = ',', quote = '\"', escape = '\"', parallel = false)";
    try {
      List<String> names = new ArrayList<>();
      try (ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM " + read)) {
        while (r.next()) {
          names.add(r.getString(1));
        }
      }
      List<String> missing = format.columns().stream().filter(c -> !names.contains(c)).toList();
      if (!missing.isEmpty()) {
        throw new DyadInputException(file + ":1: not a " + format.name() + " header; missing " + String.join(", ", missing));
      }
      return s.executeUpdate("INSERT INTO staging SELECT row_number() OVER () + 1, "
          + format.columns().stream().map(Importer::quoted).collect(Collectors.joining(", ")) + " FROM " + read);
    } catch (SQLException e) {
      throw new DyadInputException(file + ": not a readable CSV file: " + firstLine(e.getMessage()), e);
    }
  }

  /** Refuses the file at the first value that does not parse (or is missing where required). */
  private static void check(Statement s, ImportFormat format, Path file) throws SQLException, DyadInputException {
    for (ImportFormat.Check c : format.checks()) {
      String bad = (c.required() ? "v = '' OR " : "v <> '' AND ") + "NOT (" + c.kind().valid + ")";
      String sql = "SELECT line, v FROM (SELECT line, coalesce(" + quoted(c.column()) + ", '') AS v FROM staging) WHERE " + bad
          + " ORDER BY line LIMIT 1";
      try (ResultSet r = s.executeQuery(sql)) {
        if (r.next()) {
          String value = r.getString(2);
          throw new DyadInputException(file + ":" + r.getLong(1) + ": " + c.column()
              + (value.isEmpty() ? " is empty" : " '" + value + "' is not " + c.kind().expected));
        }
      }
    }
  }

  /** Maps the staged rows into events in one transaction; returns the events added. */
  private long insert(Statement s, ImportFormat format, Path file) throws SQLException {
    String sql = read(format.name().toLowerCase(Locale.ROOT) + ".import.sql")
        .replace("$file", file.getFileName().toString().replace("'", "''"));
    connection.setAutoCommit(false);
    try {
      long added = s.executeUpdate(sql);
      connection.commit();
      return added;
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private static String quoted(String column) {
    return '"' + column.replace("\"", "\"\"") + '"';
  }

  private static String firstLine(String message) {
    String m = String.valueOf(message);
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  static String read(String resource) {
    try (InputStream in = Importer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
