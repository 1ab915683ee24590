package org.dyad.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The save journal (table {@code save_journal}, v19): what a small save commits instead of rows in
 * five tables. Each entry is one {@link PendingRows}, encoded in one BLOB; {@link EventWriter}
 * writes the entries' rows to their tables later, in one transaction that also empties the
 * journal, and a store opened with entries left writes them first ({@link #entries}). So a save
 * alone is durable at its commit and costs DuckDB one row in one table. Not thread-safe (one
 * connection).
 */
final class SaveJournal {
  private static final byte NULL = 0, STRING = 1, INT = 2, LONG = 3, DOUBLE = 4, BOOLEAN = 5, DATE = 6, BYTES = 7;

  private final Connection connection;
  private PreparedStatement insert;
  /** The next entry's number; -1 until read from the table. */
  private long next = -1;

  SaveJournal(Connection connection) {
    this.connection = connection;
  }

  /** Adds an entry, inside the caller's transaction. */
  void append(PendingRows rows) throws SQLException {
    if (next < 0) {
      try (Statement s = connection.createStatement();
          ResultSet r = s.executeQuery("SELECT coalesce(max(seq) + 1, 0) FROM save_journal")) {
        r.next();
        next = r.getLong(1);
      }
    }
    if (insert == null) {
      insert = connection.prepareStatement("INSERT INTO save_journal (seq, entry) VALUES (?, ?)");
    }
    insert.setLong(1, next);
    insert.setBytes(2, encode(rows));
    insert.executeUpdate();
    next++;
  }

  /** The entries, in the order they were added, as one set of rows; empty when there are none. */
  PendingRows entries() throws SQLException {
    PendingRows all = new PendingRows();
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT entry FROM save_journal ORDER BY seq")) {
      while (r.next()) {
        all.addAll(decode(r.getBytes(1)));
      }
    }
    return all;
  }

  /** Removes every entry, inside the caller's transaction (their rows are being written). */
  void clear() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("DELETE FROM save_journal");
    }
  }

  /** Forgets the entries' count after a rollback. */
  void forget() {
    next = -1;
  }

  static byte[] encode(PendingRows rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(rows.articles().size());
      for (Object[] row : rows.articles()) {
        writeRow(out, Arrays.asList(row));
      }
      out.writeInt(rows.events().size());
      for (List<Object> row : rows.events()) {
        writeRow(out, row);
      }
      out.writeInt(rows.signatures().size());
      for (var e : rows.signatures().entrySet()) {
        writeRow(out, List.of(e.getKey(), e.getValue().bytes()));
      }
      out.writeInt(rows.reports().size());
      for (PendingRows.RecentReport recent : rows.reports()) {
        FusionRule.Report r = recent.report();
        writeRow(out, Arrays.asList(r.key(), r.day(), r.source(), r.target(), r.root(), r.cameo(), r.geonameId(), r.precision(),
            recent.sentence(), recent.keepSentence()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return bytes.toByteArray();
  }

  static PendingRows decode(byte[] entry) {
    PendingRows rows = new PendingRows();
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry))) {
      for (int n = in.readInt(); n > 0; n--) {
        rows.article(readRow(in).toArray());
      }
      List<List<Object>> events = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        events.add(readRow(in));
      }
      rows.events(events);
      for (int n = in.readInt(); n > 0; n--) {
        List<Object> row = readRow(in);
        rows.signature((String) row.get(0), MinHash.fromBytes((byte[]) row.get(1)));
      }
      List<PendingRows.RecentReport> reports = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        List<Object> v = readRow(in);
        reports.add(new PendingRows.RecentReport(new FusionRule.Report((String) v.get(0), (LocalDate) v.get(1), (String) v.get(2),
            (String) v.get(3), (String) v.get(4), (String) v.get(5), (Long) v.get(6), (String) v.get(7)), (String) v.get(8), (Boolean) v.get(9)));
      }
      rows.reports(reports);
    } catch (IOException e) {
      throw new IllegalStateException("save_journal: an entry cannot be read (" + e.getMessage() + ")", e);
    }
    return rows;
  }

  private static void writeRow(DataOutputStream out, List<Object> row) throws IOException {
    out.writeInt(row.size());
    for (Object value : row) {
      if (value == null) {
        out.writeByte(NULL);
      } else if (value instanceof String v) {
        out.writeByte(STRING);
        byte[] utf8 = v.getBytes(java.nio.charset.StandardCharsets.UTF_8); // writeUTF stops at 64 KB; a text may not
        out.writeInt(utf8.length);
        out.write(utf8);
      } else if (value instanceof Integer v) {
        out.writeByte(INT);
        out.writeInt(v);
      } else if (value instanceof Long v) {
        out.writeByte(LONG);
        out.writeLong(v);
      } else if (value instanceof Double v) {
        out.writeByte(DOUBLE);
        out.writeDouble(v);
      } else if (value instanceof Boolean v) {
        out.writeByte(BOOLEAN);
        out.writeBoolean(v);
      } else if (value instanceof LocalDate v) {
        out.writeByte(DATE);
        out.writeLong(v.toEpochDay());
      } else if (value instanceof byte[] v) {
        out.writeByte(BYTES);
        out.writeInt(v.length);
        out.write(v);
      } else {
        throw new IllegalArgumentException("no journal type for " + value.getClass().getName());
      }
    }
  }

  private static List<Object> readRow(DataInputStream in) throws IOException {
    int size = in.readInt();
    List<Object> row = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      byte type = in.readByte();
      row.add(switch (type) {
        case NULL -> null;
        case STRING -> new String(in.readNBytes(in.readInt()), java.nio.charset.StandardCharsets.UTF_8);
        case INT -> in.readInt();
        case LONG -> in.readLong();
        case DOUBLE -> in.readDouble();
        case BOOLEAN -> in.readBoolean();
        case DATE -> LocalDate.ofEpochDay(in.readLong());
        case BYTES -> in.readNBytes(in.readInt());
        default -> throw new IOException("unknown value type " + type);
      });
    }
    return row;
  }
}
