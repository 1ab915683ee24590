package org.dyad.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.DyadInputException;
import org.dyad.store.Alert;
import org.dyad.store.AlertQuery;
import org.dyad.store.DyadQuery;
import org.dyad.store.DyadSummary;
import org.dyad.store.EventStore;
import org.dyad.store.ExportFormat;
import org.dyad.store.StoredEvent;
import org.dyad.store.TimelinePoint;

/** The read commands' questions answered by the store file itself. Not thread-safe (the store is not). */
final class LocalReads implements StoreReads {
  private final EventStore store;

  LocalReads(EventStore store) {
    this.store = store;
  }

  @Override
  public List<DyadSummary> dyads(DyadQuery query) throws DyadInputException {
    return store.dyads(query);
  }

  @Override
  public List<TimelinePoint> timeline(String source, String target, EventStore.Period by, boolean both,
      org.dyad.store.exchange.Provenance provenance) throws DyadInputException {
    return store.timeline(source, target, by, both, provenance);
  }

  @Override
  public List<Flagged> alerts(AlertQuery query, int drivers) throws DyadInputException {
    List<Flagged> flagged = new ArrayList<>();
    for (Alert a : store.alerts(query)) {
      List<Driver> events = new ArrayList<>();
      for (StoredEvent e : store.drivers(a, drivers, query.provenance())) {
        events.add(new Driver(e.date(), e.code(), e.source().code(), e.target().code(), e.goldstein(), e.sentenceText()));
      }
      flagged.add(new Flagged(a, events));
    }
    return flagged;
  }

  @Override
  public EventStore.DateRange eventDates() throws DyadInputException {
    return store.eventDates();
  }

  @Override
  public long export(ExportFormat format, Path out, LocalDate since, LocalDate until, org.dyad.store.exchange.Provenance provenance)
      throws DyadInputException {
    return store.export(format, out, since, until, provenance);
  }

  @Override
  public void close() throws DyadInputException {
    store.close();
  }
}
