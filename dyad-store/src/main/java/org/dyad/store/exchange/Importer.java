package org.dyad.store.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import org.dyad.model.DyadInputException;

/**
 * Loads a GDELT, ACLED or POLECAT file into the store's {@code events} (the narrow table {@code
 * imported_events}, which the view {@code events} shows as reports, schema v17), with its format as
 * provenance (a GDELT mentions table into {@code gdelt_mentions}). The file is first staged whole in a temporary table by DuckDB's own CSV reader:
 * tab-separated files line by line (each line kept as written, split into its columns by a view),
 * CSV by column name. The staged rows are then mapped into {@code events} by the format's {@code
 * <format>.import.sql} in one statement and one transaction, which checks each line's column count
 * and the columns that must parse as it reads them: a bad line rolls it back, and the error names
 * the file, line, column and value. Importing a file again adds nothing: an event whose id is
 * stored already is left as it is, and an id the file repeats is stored once. Not thread-safe (one
 * connection).
 */
public final class Importer {
  /** How a file went: rows read and events added (rows minus those stored already or repeated). */
  public record Result(long rows, long added) {}

  /** The marker of a failed check in DuckDB's error message, followed by the line and the check's index. */
  private static final String CHECK_FAILED = "dyad-import-check-failed";
  private static final Pattern CHECK_MESSAGE = Pattern.compile(CHECK_FAILED + " (\\d+) (\\d+)");
  /** The check number that stands for a tab-separated line's column count. */
  private static final int COLUMN_COUNT = 999;

  private final Connection connection;
  private final ExchangeTables tables;
  /** The resource folder, beside this class, of the formats' {@code <format>.import.sql}. */
  private final String mappings;

  public Importer(Connection connection, ExchangeTables tables) {
    this(connection, tables, "");
  }

  /** With the mappings of another folder ({@code "v16/"}): a test imports as an earlier schema did. */
  Importer(Connection connection, ExchangeTables tables, String mappings) {
    this.connection = connection;
    this.tables = tables;
    this.mappings = mappings;
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
          return new Result(rows, insert(format, file));
        } catch (SQLException e) {
          throw badValue(format, file, e);
        }
      } finally {
        dropStaging();
      }
    }
  }

  /**
   * Stages a tab-separated file with DuckDB's own reader, each line whole (numbered; a blank line is
   * a NULL row, so the numbers stay the file's; line endings LF, CRLF or mixed) into {@code staged_lines(line, raw)}; the view
   * {@code staged} splits the lines into the named columns, with the line itself as {@code imported}
   * and its column count as {@code columns_found}, which {@link #guard} checks. Returns the rows staged.
   */
  private long stageTsv(Statement s, ImportFormat format, Path file) throws DyadInputException, SQLException {
    try (Statement first = connection.createStatement()) { // a statement is closed by its error
      first.execute("CREATE OR REPLACE TEMP TABLE staged_lines AS SELECT row_number() OVER () AS line, raw FROM " + lines(file, true));
    } catch (SQLException strict) {
      String m = firstLine(strict.getMessage());
      if (m.contains("Invalid unicode")) {
        throw new DyadInputException(file + ": not UTF-8 text", strict);
      }
      // Mixed line endings stop the strict reader; the lenient one reads them, but would cut a
      // line at a chr(1), so a file holding one is refused first.
      refuseDelimiter(file);
      try (Statement again = connection.createStatement()) {
        again.execute("CREATE OR REPLACE TEMP TABLE staged_lines AS SELECT row_number() OVER () AS line, raw FROM " + lines(file, false));
      } catch (SQLException e) {
        throw new DyadInputException(file + ": cannot read: " + firstLine(e.getMessage()), e);
      }
    }
    long first = 1;
    if (format.layout() == ImportFormat.Layout.TSV_HEADER) {
      try (ResultSet r = s.executeQuery("SELECT raw FROM staged_lines WHERE line = 1")) {
        checkHeader(format, file, r.next() ? r.getString(1) : null);
      }
      first = 2;
    }
    long rows;
    try (ResultSet r = s.executeQuery("SELECT count(raw) FROM staged_lines WHERE line >= " + first)) {
      r.next();
      rows = r.getLong(1);
    }
    StringBuilder view = new StringBuilder("CREATE OR REPLACE TEMP VIEW staged AS SELECT line, raw AS imported, len(f) AS columns_found");
    for (int i = 0; i < format.columns().size(); i++) {
      view.append(", f[").append(i + 1).append("] AS ").append(quoted(format.columns().get(i)));
    }
    s.execute(view.append(" FROM (SELECT line, raw, string_split(raw, chr(9)) AS f FROM staged_lines WHERE raw IS NOT NULL AND line >= ")
        .append(first).append(")").toString());
    return rows;
  }

  /** DuckDB's reader of a file's lines, each whole: chr(1) as the delimiter, no quote or escape. */
  private static String lines(Path file, boolean strict) {
    return "read_csv('" + file.toAbsolutePath().toString().replace("'", "''") + "', delim = chr(1), quote = '', escape = '',"
        + " header = false, columns = {'raw': 'VARCHAR'}, auto_detect = false, strict_mode = " + strict + ")";
  }

  /** Refuses a file holding the control character U+0001, naming its line. */
  private static void refuseDelimiter(Path file) throws DyadInputException {
    try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      long line = 1;
      for (int b = in.read(); b >= 0; b = in.read()) {
        if (b == '\n') {
          line++;
        } else if (b == 1) {
          throw new DyadInputException(file + ":" + line + ": holds the control character U+0001");
        }
      }
    } catch (DyadInputException e) {
      throw e;
    } catch (IOException e) {
      throw new DyadInputException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  private void dropStaging() throws SQLException {
    try (Statement d = connection.createStatement()) {
      d.execute("DROP VIEW IF EXISTS staging");
      d.execute("DROP VIEW IF EXISTS checked");
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
   * Makes {@code checked}: the staged rows, each checked as it is read, so that the one pass of the
   * insert also validates (a tab-separated line's column count first, then each {@link
   * ImportFormat.Check}). A line with the wrong number of columns, or a value that does not parse (or
   * is missing where required), stops the statement with DuckDB's {@code error()}, naming its line
   * and check; see {@link #badValue}.
   */
  private static void guard(Statement s, ImportFormat format) throws SQLException {
    List<ImportFormat.Check> checks = format.checks();
    StringBuilder checked = new StringBuilder("CASE");
    if (format.layout() != ImportFormat.Layout.CSV_HEADER) {
      checked.append(" WHEN columns_found <> ").append(format.columns().size())
          .append(" THEN error('").append(CHECK_FAILED).append(" ' || line || ' ").append(COLUMN_COUNT).append("')");
    }
    for (int i = 0; i < checks.size(); i++) {
      ImportFormat.Check c = checks.get(i);
      String v = "coalesce(" + quoted(c.column()) + ", '')";
      checked.append(" WHEN ").append(c.required() ? v + " = '' OR " : v + " <> '' AND ")
          .append("NOT (").append(c.kind().valid.replace("$v", v)).append(")")
          .append(" THEN error('").append(CHECK_FAILED).append(" ' || line || ' ").append(i).append("')");
    }
    s.execute("CREATE OR REPLACE TEMP VIEW checked AS SELECT * FROM staged WHERE " + checked + " ELSE true END");
  }

  /**
   * Makes {@code staging}, the rows the format's SQL maps into events: every checked row, or, with
   * {@code onlyNew}, only those whose event is not stored yet, each key once (its first line).
   */
  private static void staging(Statement s, ImportFormat format, boolean onlyNew) throws SQLException {
    s.execute("CREATE OR REPLACE TEMP VIEW staging AS SELECT * FROM checked" + (onlyNew
        ? " WHERE NOT " + format.storedAlready() + " QUALIFY row_number() OVER (PARTITION BY " + format.identity() + " ORDER BY line) = 1"
        : ""));
  }

  /** The input error a failed check stands for (its file, line, column and value), or {@code e} itself when it is another error. */
  private DyadInputException badValue(ImportFormat format, Path file, SQLException e) throws SQLException {
    Matcher m = CHECK_MESSAGE.matcher(String.valueOf(e.getMessage()));
    if (!m.find()) {
      throw e;
    }
    long line = Long.parseLong(m.group(1));
    if (Integer.parseInt(m.group(2)) == COLUMN_COUNT) {
      try (Statement s = connection.createStatement();
          ResultSet r = s.executeQuery("SELECT columns_found FROM staged WHERE line = " + line)) {
        r.next();
        long found = r.getLong(1);
        String hint = format == ImportFormat.GDELT && found == ImportFormat.GDELT_MENTIONS.columns().size()
            ? " (a GDELT mentions table? use --format gdelt-mentions)"
            : format == ImportFormat.GDELT_MENTIONS && found == ImportFormat.GDELT.columns().size()
                ? " (a GDELT event table? use --format gdelt)" : "";
        return new DyadInputException(file + ":" + line + ": expected " + format.columns().size() + " tab-separated " + format.title()
            + " columns, found " + found + hint);
      }
    }
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

  /**
   * Maps the staged rows into events in one transaction; returns the events added. The first try
   * inserts every row, which is right for a new file and costs no de-duplication; when the events'
   * primary key refuses a row (its event is stored already, or the file repeats its id), it is
   * rolled back and the insert is done again with only the new rows, each id once.
   */
  private long insert(ImportFormat format, Path file) throws SQLException {
    String sql = read(mappings + format.name().toLowerCase(Locale.ROOT) + ".import.sql")
        .replace("$file", file.getFileName().toString().replace("'", "''"));
    try {
      return insertOnce(format, sql, false);
    } catch (SQLException e) {
      if (!String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("primary key")) {
        throw e;
      }
      return insertOnce(format, sql, true);
    }
  }

  private long insertOnce(ImportFormat format, String sql, boolean onlyNew) throws SQLException {
    connection.setAutoCommit(false);
    try (Statement s = connection.createStatement()) { // a statement is closed by its error: one per try
      staging(s, format, onlyNew);
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
