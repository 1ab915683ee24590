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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.dyad.model.DyadInputException;

/**
 * Loads a GDELT, ACLED or POLECAT file into the store's {@code events}, with its format as
 * provenance. The file is first staged whole in a temporary table of its columns as text: tab-
 * separated files line by line through DuckDB's Appender (a line with the wrong number of columns
 * is refused by file and line), CSV by DuckDB's own reader. The staged rows are then mapped into
 * {@code events} by the format's {@code <format>.import.sql} in one statement and one transaction,
 * which checks the columns that must parse as it reads them: a bad value rolls it back, and the
 * error names the file, line, column and value. Importing a file again adds nothing: an event
 * whose id is stored already is left as it is. Not thread-safe (one connection).
 */
public final class Importer {
  /** How a file went: rows read and events added (rows minus those stored already or repeated). */
  public record Result(long rows, long added) {}

  /** The marker of a failed check in DuckDB's error message, followed by the line and the check's index. */
  private static final String CHECK_FAILED = "dyad-import-check-failed";
  private static final Pattern CHECK_MESSAGE = Pattern.compile(CHECK_FAILED + " (\\d+) (\\d+)");

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
      try {
        long rows = format.layout() == ImportFormat.Layout.CSV_HEADER ? stageCsv(s, format, file) : stageTsv(s, format, file);
        guard(s, format);
        try {
          return new Result(rows, insert(s, format, file));
        } catch (SQLException e) {
          throw badValue(format, file, e);
        }
      } finally {
        dropStaging();
      }
    }
  }

  /**
   * Stages a tab-separated file: each line, its columns counted, whole through the Appender into
   * {@code staged_lines(line, raw)}, and the view {@code staged} splits it into the named columns,
   * with the line itself as {@code imported}. Returns the rows staged.
   */
  private long stageTsv(Statement s, ImportFormat format, Path file) throws DyadInputException, SQLException {
    s.execute("CREATE OR REPLACE TEMP TABLE staged_lines (line BIGINT, raw VARCHAR)");
    int tabs = format.columns().size() - 1;
    long rows = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        DuckDBAppender app = connection.unwrap(DuckDBConnection.class).createAppender("temp", "main", "staged_lines")) {
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
        int found = count(line, '\t');
        if (found != tabs) {
          throw new DyadInputException(file + ":" + lineNo + ": expected " + (tabs + 1) + " tab-separated " + format.name()
              + " columns, found " + (found + 1));
        }
        app.beginRow().append(lineNo).append(line).endRow();
        rows++;
      }
    } catch (DyadInputException e) {
      throw e;
    } catch (CharacterCodingException e) {
      throw new DyadInputException(file + ": not UTF-8 text", e);
    } catch (IOException e) {
      throw new DyadInputException(file + ": cannot read: " + e.getMessage(), e);
    }
    StringBuilder view = new StringBuilder("CREATE OR REPLACE TEMP VIEW staged AS SELECT line, raw AS imported");
    for (int i = 0; i < format.columns().size(); i++) {
      view.append(", f[").append(i + 1).append("] AS ").append(quoted(format.columns().get(i)));
    }
    s.execute(view.append(" FROM (SELECT line, raw, string_split(raw, chr(9)) AS f FROM staged_lines)").toString());
    return rows;
  }

  private static int count(String line, char c) {
    int n = 0;
    for (int i = line.indexOf(c); i >= 0; i = line.indexOf(c, i + 1)) {
      n++;
    }
    return n;
  }

  private void dropStaging() throws SQLException {
    try (Statement d = connection.createStatement()) {
      d.execute("DROP VIEW IF EXISTS staging");
      d.execute("DROP VIEW IF EXISTS staged");
      d.execute("DROP TABLE IF EXISTS staged_lines");
      d.execute("DROP TABLE IF EXISTS staged_csv");
    }
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

  /**
   * Stages a CSV file with DuckDB's reader, by column name, into {@code staged_csv}; the view
   * {@code staging} adds the row as {@code imported} (its columns tab-joined in the format's order,
   * tabs and line breaks inside values made spaces). Returns the rows staged.
   */
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
      String columns = format.columns().stream().map(Importer::quoted).collect(Collectors.joining(", "));
      s.execute("CREATE OR REPLACE TEMP TABLE staged_csv AS SELECT row_number() OVER () + 1 AS line, " + columns + " FROM " + read);
      long rows;
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM staged_csv")) {
        r.next();
        rows = r.getLong(1);
      }
      s.execute("CREATE OR REPLACE TEMP VIEW staged AS SELECT line, concat_ws(chr(9), "
          + format.columns().stream().map(c -> "regexp_replace(coalesce(" + quoted(c) + ", ''), '[\\t\\r\\n]', ' ', 'g')")
              .collect(Collectors.joining(", "))
          + ") AS imported, " + columns + " FROM staged_csv");
      return rows;
    } catch (SQLException e) {
      throw new DyadInputException(file + ": not a readable CSV file: " + firstLine(e.getMessage()), e);
    }
  }

  /**
   * Makes {@code staging}: the staged rows, each checked as it is read, so that the one pass of the
   * insert also validates. A value that does not parse (or is missing where required) stops the
   * statement with DuckDB's {@code error()}, naming its line and check; see {@link #badValue}.
   */
  private static void guard(Statement s, ImportFormat format) throws SQLException {
    List<ImportFormat.Check> checks = format.checks();
    StringBuilder checked = new StringBuilder("CASE");
    for (int i = 0; i < checks.size(); i++) {
      ImportFormat.Check c = checks.get(i);
      String v = "coalesce(" + quoted(c.column()) + ", '')";
      checked.append(" WHEN ").append(c.required() ? v + " = '' OR " : v + " <> '' AND ")
          .append("NOT (").append(c.kind().valid.replace("$v", v)).append(")")
          .append(" THEN error('").append(CHECK_FAILED).append(" ' || line || ' ").append(i).append("')");
    }
    s.execute("CREATE OR REPLACE TEMP VIEW staging AS SELECT * FROM staged WHERE " + checked + " ELSE true END");
  }

  /** The input error a failed check stands for (its file, line, column and value), or {@code e} itself when it is another error. */
  private DyadInputException badValue(ImportFormat format, Path file, SQLException e) throws SQLException {
    Matcher m = CHECK_MESSAGE.matcher(String.valueOf(e.getMessage()));
    if (!m.find()) {
      throw e;
    }
    long line = Long.parseLong(m.group(1));
    ImportFormat.Check c = format.checks().get(Integer.parseInt(m.group(2)));
    String value;
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT coalesce(" + quoted(c.column()) + ", '') FROM staged WHERE line = " + line)) {
      r.next();
      value = r.getString(1);
    }
    return new DyadInputException(file + ":" + line + ": " + c.column()
        + (value.isEmpty() ? " is empty" : " '" + value + "' is not " + c.kind().expected));
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
