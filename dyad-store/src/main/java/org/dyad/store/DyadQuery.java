package org.dyad.store;

import java.time.LocalDate;
import java.util.Objects;
import org.dyad.store.exchange.Provenance;

/**
 * Which dyads {@link EventStore#dyads(DyadQuery)} lists: acts between two days, at country or
 * sector level, optionally only events where one side is of a sector (MIL, GOV, COP…).
 *
 * @param since first day of the acts, inclusive ({@code null}: no bound)
 * @param until last day of the acts, inclusive ({@code null}: no bound)
 * @param top how many dyads, at least 1
 * @param level whether ARMMIL and ARMGOV are folded into ARM
 * @param sector only events where the source's or the target's sector code starts with this
 *     (three capital letters), or {@code null} for all
 * @param provenance only events of this provenance (coded by Dyad, or imported from one format),
 *     or {@code null} for all
 */
public record DyadQuery(LocalDate since, LocalDate until, int top, ActorLevel level, String sector, Provenance provenance) {
  /** A query of every provenance. */
  public DyadQuery(LocalDate since, LocalDate until, int top, ActorLevel level, String sector) {
    this(since, until, top, level, sector, null);
  }

  public DyadQuery {
    Objects.requireNonNull(level, "level");
    if (top < 1) {
      throw new IllegalArgumentException("top must be at least 1, was " + top);
    }
    if (since != null && until != null && since.isAfter(until)) {
      throw new IllegalArgumentException("since " + since + " is after until " + until);
    }
    if (sector != null && !sector.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("sector must be three capital letters such as MIL, was '" + sector + "'");
    }
  }

  /** Dyads of whole actor codes with acts since a day ({@code null}: all), as {@code dyad dyads} lists them by default. */
  public static DyadQuery since(LocalDate since, int top) {
    return new DyadQuery(since, null, top, ActorLevel.SECTOR, null);
  }
}
