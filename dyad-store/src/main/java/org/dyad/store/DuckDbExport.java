package org.dyad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Writes the fused events to a file in one of the {@link ExportFormat}s with DuckDB's own {@code
 * COPY … TO}, so rows never pass through Java. Not thread-safe (one connection).
 */
final class DuckDbExport {
  private final Connection connection;

  DuckDbExport(Connection connection) {
    this.connection = connection;
  }

  /** See {@link EventStore#export}. */
  long export(ExportFormat format, Path out, LocalDate since, LocalDate until) throws SQLException {
    String where = " WHERE (CAST(? AS DATE) IS NULL OR published >= ?) AND (CAST(? AS DATE) IS NULL OR published <= ?)";
    String query = format.query() + where;
    long rows;
    try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM (" + query + ")")) {
      bind(count, since, until);
      try (ResultSet r = count.executeQuery()) {
        r.next();
        rows = r.getLong(1);
      }
    }
    String target = out.toAbsolutePath().toString().replace("'", "''");
    try (PreparedStatement copy = connection.prepareStatement("COPY (" + query + ") TO '" + target + "' " + format.options())) {
      bind(copy, since, until);
      copy.execute();
    }
    return rows;
  }

  private static void bind(PreparedStatement p, LocalDate since, LocalDate until) throws SQLException {
    p.setObject(1, since);
    p.setObject(2, since);
    p.setObject(3, until);
    p.setObject(4, until);
  }
}
