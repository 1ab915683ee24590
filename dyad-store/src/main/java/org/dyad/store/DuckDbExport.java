package org.dyad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.dyad.store.exchange.ExchangeTables;
import org.dyad.store.exchange.Provenance;

/**
 * Writes the fused events to a file in one of the {@link ExportFormat}s with DuckDB's own {@code
 * COPY … TO}, so rows never pass through Java. The events to write are the temporary view {@code
 * export_events}: {@code fused_events} within the dates and of the provenance asked for, with
 * their article's outlet, title and time of ingest. Not thread-safe (one connection).
 */
final class DuckDbExport {
  private final Connection connection;
  private final ExchangeTables tables;

  DuckDbExport(Connection connection, ExchangeTables tables) {
    this.connection = connection;
    this.tables = tables;
  }

  /** The names of the columns a format writes, in order (what its header says, or would say). */
  java.util.List<String> columns(ExportFormat format) throws SQLException {
    tables.splitActorCodes();
    java.util.List<String> names = new java.util.ArrayList<>();
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE OR REPLACE TEMP VIEW export_events AS SELECT f.*, a.ingested_at, a.title AS article_title, a.source AS outlet"
          + " FROM fused_events f LEFT JOIN articles a ON a.hash = f.article_hash");
      try (ResultSet r = s.executeQuery("DESCRIBE " + format.query())) {
        while (r.next()) {
          names.add(r.getString(1));
        }
      }
    }
    return names;
  }

  /** See {@link EventStore#export}. */
  long export(ExportFormat format, Path out, LocalDate since, LocalDate until, Provenance provenance) throws SQLException {
    tables.splitActorCodes();
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE OR REPLACE TEMP VIEW export_events AS"
          + " SELECT f.*, a.ingested_at, a.title AS article_title, a.source AS outlet"
          + " FROM fused_events f LEFT JOIN articles a ON a.hash = f.article_hash WHERE true"
          + (since == null ? "" : " AND f.event_date >= DATE '" + since + "'")
          + (until == null ? "" : " AND f.event_date <= DATE '" + until + "'")
          + (provenance == null ? "" : " AND f.provenance = '" + provenance.label() + "'"));
      long rows;
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM (" + format.query() + ")")) {
        r.next();
        rows = r.getLong(1);
      }
      String target = out.toAbsolutePath().toString().replace("'", "''");
      s.execute("COPY (" + format.query() + ") TO '" + target + "' " + format.options());
      return rows;
    }
  }
}
