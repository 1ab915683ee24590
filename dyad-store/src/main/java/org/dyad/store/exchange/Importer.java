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
 * provenance (a GDELT mentions table into {@code gdelt_mentions}). Each file is mapped into {@code
 * events} by the format's {@code <format>.import.sql} in one statement and one transaction, which
 * checks each line's column count and the columns that must parse as it reads them. A GDELT event
 * table whose lines are all good and whose ids are all new goes the direct way: the statement
 * reads its lines itself, with DuckDB's own reader, nothing staged. Any other file (a bad line, an
 * id it repeats or the store holds, a file the strict reader refuses, a format whose mapping reads
 * line numbers) is first
 * staged whole in a temporary table by DuckDB's reader (tab-separated files line by line, each line
 * kept as written and numbered, split into its columns by a view; CSV by column name): a bad line
 * rolls the insert back, and the error names the file, line, column and value. Importing a file
 * again adds nothing: an event whose id is stored already is left as it is, and an id the file
 * repeats is stored once, from its first line. Not thread-safe (one connection).
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
  /** Whether a tab-separated file may go the direct way (see {@link #direct}). */
  private final boolean direct;

  public Importer(Connection connection, ExchangeTables tables) {
    this(connection, tables, "", true);
  }

  /** With the mappings of another folder ({@code "v16/"}): a test imports as an earlier schema did. */
  Importer(Connection connection, ExchangeTables tables, String mappings) {
    this(connection, tables, mappings, true);
  }

  /** Without the direct way ({@code direct} false): a test imports every file the staged way. */
  Importer(Connection connection, ExchangeTables tables, String mappings, boolean direct) {
    this.connection = connection;
    this.tables = tables;
    this.mappings = mappings;
    this.direct = direct;
  }

  /**
   * Whether {@link #load} would take the direct way with this file: a GDELT event table (tab-separated,
   * and its mapping reads no line numbers) that the strict reader reads, whose ids are all new. A bad
   * line found on the way still sends it the staged way.
   */
  boolean directWay(ImportFormat format, Path file) throws DyadInputException, SQLException {
    tables.create();
    Ids ids = direct && format.layout() != ImportFormat.Layout.CSV_HEADER ? ids(format, file) : null;
    dropStaging();
    return ids != null && !ids.repeatedOrStored() && !format.readsLineNumbers();
  }

  /** Imports one file; bad input is a {@link DyadInputException} naming the file (and line), and nothing of it is stored. */
  public Result load(ImportFormat format, Path file) throws DyadInputException, SQLException {
    if (!Files.isRegularFile(file)) {
      throw new DyadInputException(file + ": no such file");
    }
    tables.create();
    try (Statement s = connection.createStatement()) {
      try {
        Ids known = null; // what the direct way learnt of the file's ids, if it got so far
        if (direct && format.layout() != ImportFormat.Layout.CSV_HEADER) { // staged or direct, its ids are looked at once
          known = ids(format, file);
          if (known != null && !known.repeatedOrStored() && !format.readsLineNumbers()) {
            Result direct = direct(format, file, known);
            if (direct != null) {
              return direct;
            }
          }
        }
        long rows = format.layout() == ImportFormat.Layout.CSV_HEADER ? stageCsv(s, format, file) : stageTsv(s, format, file);
        guard(s, format);
        boolean onlyNew = known != null ? known.repeatedOrStored() : ids(format, "staged").repeatedOrStored();
        try {
          return new Result(rows, insert(format, file, onlyNew));
        } catch (SQLException e) {
          throw badValue(format, file, e);
        }
      } finally {
        dropStaging();
      }
    }
  }

  /**
   * The ids of a tab-separated file, read by DuckDB's strict reader with only the key column cut
   * from each line ({@code split_part}), nothing staged; {@code null} when the strict reader
   * cannot read the file (the staged way then reads it, or names why not).
   */
  private Ids ids(ImportFormat format, Path file) throws DyadInputException {
    boolean header = format.layout() == ImportFormat.Layout.TSV_HEADER;
    try (Statement s = connection.createStatement()) {
      if (header) {
        try (ResultSet r = s.executeQuery("SELECT raw FROM " + lines(file, true, 0) + " LIMIT 1")) {
          checkHeader(format, file, r.next() ? r.getString(1) : null);
        }
      }
      s.execute("CREATE OR REPLACE TEMP VIEW staged_keys AS SELECT split_part(raw, chr(9), " + (format.columns().indexOf(format.key()) + 1)
          + ") AS " + quoted(format.key()) + ", raw AS imported FROM " + lines(file, true, header ? 1 : 0) + " WHERE raw IS NOT NULL");
      return ids(format, "staged_keys");
    } catch (SQLException e) {
      return null;
    }
  }

  /**
   * The direct way of a GDELT event table whose ids are all new ({@code ids}): one {@code INSERT …
   * SELECT} that reads the file's lines with DuckDB's strict reader and splits, checks and maps
   * them as it goes, with nothing staged and no line numbered, so that DuckDB's threads share the
   * whole of it. Returns {@code null}, with nothing stored, when a line fails a check: the staged
   * way then names the line.
   */
  private Result direct(ImportFormat format, Path file, Ids ids) {
    String read = lines(file, true, format.layout() == ImportFormat.Layout.TSV_HEADER ? 1 : 0);
    try (Statement s = connection.createStatement()) {
      s.execute(splitView(format, "0", read + " WHERE raw IS NOT NULL"));
      guard(s, format);
      return new Result(ids.rows(), insertOnce(format, mapping(format, file), false));
    } catch (SQLException e) {
      return null;
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
      first.execute("CREATE OR REPLACE TEMP TABLE staged_lines AS SELECT row_number() OVER () AS line, raw FROM " + lines(file, true, 0));
    } catch (SQLException strict) {
      String m = firstLine(strict.getMessage());
      if (m.contains("Invalid unicode")) {
        throw new DyadInputException(file + ": not UTF-8 text", strict);
      }
      // Mixed line endings stop the strict reader; the lenient one reads them, but would cut a
      // line at a chr(1), so a file holding one is refused first.
      refuseDelimiter(file);
      try (Statement again = connection.createStatement()) {
        again.execute("CREATE OR REPLACE TEMP TABLE staged_lines AS SELECT row_number() OVER () AS line, raw FROM " + lines(file, false, 0));
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
    s.execute(splitView(format, "line", "staged_lines WHERE raw IS NOT NULL AND line >= " + first));
    return rows;
  }

  /**
   * The view {@code staged}: the lines of {@code source} (a relation with the column {@code raw})
   * split into the format's named columns, with the line itself as {@code imported}, its column
   * count as {@code columns_found} (which {@link #guard} checks) and {@code line} as its number.
   */
  private static String splitView(ImportFormat format, String line, String source) {
    StringBuilder view = new StringBuilder("CREATE OR REPLACE TEMP VIEW staged AS SELECT line, raw AS imported, len(f) AS columns_found");
    for (int i = 0; i < format.columns().size(); i++) {
      view.append(", f[").append(i + 1).append("] AS ").append(quoted(format.columns().get(i)));
    }
    return view.append(" FROM (SELECT ").append(line).append(" AS line, raw, string_split(raw, chr(9)) AS f FROM ").append(source).append(")")
        .toString();
  }

  /**
   * DuckDB's reader of a file's lines, each whole: chr(1) as the delimiter, no quote or escape; the
   * first {@code skip} lines left out.
   */
  private static String lines(Path file, boolean strict, int skip) {
    return "read_csv('" + file.toAbsolutePath().toString().replace("'", "''") + "', delim = chr(1), quote = '', escape = '',"
        + " header = false, columns = {'raw': 'VARCHAR'}, auto_detect = false, strict_mode = " + strict + ", skip = " + skip + ")";
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
      d.execute("DROP VIEW IF EXISTS staged_keys");
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

  /** What the ids of a file's rows say: how many rows, and whether an id repeats in them or is stored already. */
  private record Ids(long rows, boolean repeatedOrStored) {}

  /**
   * Counts the rows of {@code view} (with the format's key column and {@code imported}) and
   * tells whether one of them repeats the id of another or is stored already; either sends the
   * insert through {@link #staging}'s de-duplication. Repeats are counted by a hash of the id, so
   * that a collision can only send a file that needs no de-duplication through it, never store an
   * id twice.
   */
  private Ids ids(ImportFormat format, String view) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*), count(*) - count(DISTINCT hash(" + format.identity() + ")) + count(*) FILTER (WHERE stored)"
            + " FROM (SELECT " + format.identity() + ", " + format.storedAlready() + " AS stored FROM " + view + " AS checked)")) {
      r.next();
      return new Ids(r.getLong(1), r.getLong(2) > 0);
    }
  }

  /**
   * Maps the staged rows into events in one transaction; returns the events added. With {@code
   * onlyNew} (an id of the file repeats or is stored already, see {@link #ids}), only
   * the new rows are inserted, each id once (its first line); otherwise every row, which costs no
   * de-duplication.
   */
  private long insert(ImportFormat format, Path file, boolean onlyNew) throws SQLException {
    return insertOnce(format, mapping(format, file), onlyNew);
  }

  /** The format's {@code <format>.import.sql}, with the file's name as the events' entry. */
  private String mapping(ImportFormat format, Path file) {
    return read(mappings + format.name().toLowerCase(Locale.ROOT) + ".import.sql")
        .replace("$file", file.getFileName().toString().replace("'", "''"));
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
