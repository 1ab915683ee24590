package org.dyad.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.DyadInputException;
import org.dyad.store.Alert;
import org.dyad.store.AlertQuery;
import org.dyad.store.DyadQuery;
import org.dyad.store.DyadSummary;
import org.dyad.store.EventStore;
import org.dyad.store.ExportFormat;
import org.dyad.store.TimelinePoint;
import org.dyad.store.exchange.Provenance;

/**
 * What the read commands ({@code dyads}, {@code timeline}, {@code alerts}, {@code export}) ask of
 * a store. Two implementations: the store file itself ({@link LocalReads}), or, while a running
 * {@code dyad serve} holds the file's write lock, that server's API ({@link ServerReads}), since
 * DuckDB lets no other process open a file that one process writes.
 */
interface StoreReads extends AutoCloseable {
  /** See {@link EventStore#dyads(DyadQuery)}. */
  List<DyadSummary> dyads(DyadQuery query) throws DyadInputException;

  /** See {@link EventStore#timeline}. */
  List<TimelinePoint> timeline(String source, String target, EventStore.Period by, boolean both, Provenance provenance)
      throws DyadInputException;

  /** See {@link EventStore#alerts}, each alert with the events that drove it (at most {@code drivers}, of the query's provenance). */
  List<Flagged> alerts(AlertQuery query, int drivers) throws DyadInputException;

  /** See {@link EventStore#eventDates}. */
  EventStore.DateRange eventDates() throws DyadInputException;

  /** See {@link EventStore#export}. */
  long export(ExportFormat format, Path out, LocalDate since, LocalDate until, Provenance provenance)
      throws DyadInputException;

  @Override
  void close() throws DyadInputException;

  /** An alert and the events that drove it, most hostile first. */
  record Flagged(Alert alert, List<Driver> drivers) {
    public Flagged {
      drivers = List.copyOf(drivers);
    }
  }

  /** One event that drove an alert, as {@code dyad alerts} prints it. */
  record Driver(LocalDate date, String code, String source, String target, double goldstein, String sentence) {}
}
