package org.dyad.store;

import java.time.LocalDate;
import org.dyad.model.Modality;

/**
 * A filter over stored events, as the API and dashboard ask for them. Every field may be
 * {@code null} (no filter). Actor codes and CAMEO codes match by prefix, so "RUS" covers RUSGOV
 * and RUSMIL and "19" covers every code of root 19.
 *
 * @param since first day of the act ({@code event_date}), inclusive
 * @param until last day of the act, inclusive
 * @param source prefix of the source actor code
 * @param target prefix of the target actor code
 * @param actor prefix of either actor's code
 * @param code prefix of the CAMEO code
 * @param quadClass quad class 1–4
 * @param ploverType PLOVER event type, e.g. ASSAULT
 * @param text words the sentence contains (case-insensitive)
 * @param located only events with coordinates
 * @param sort order of the results
 * @param page page number from 1
 * @param size events per page
 * @param modality which events: {@value #ASSERTED} ones (the default, also when {@code null}),
 *     {@value #ALL}, or those of one modality by its label ({@code negated}, {@code hypothetical}, …)
 * @param provenance only events of this provenance ({@code dyad}, {@code gdelt}, {@code acled},
 *     {@code polecat}: coded by Dyad or imported from that format), or all when {@code null}
 */
public record EventQuery(
    LocalDate since,
    LocalDate until,
    String source,
    String target,
    String actor,
    String code,
    Integer quadClass,
    String ploverType,
    String text,
    boolean located,
    Sort sort,
    int page,
    int size,
    String modality,
    String provenance) {
  /** The default modality: events reported as done. */
  public static final String ASSERTED = "asserted";
  /** Every modality. */
  public static final String ALL = "all";

  public EventQuery {
    if (page < 1 || size < 1) {
      throw new IllegalArgumentException("page and size must be at least 1: page=" + page + ", size=" + size);
    }
    modality = modality == null ? ASSERTED : modality;
    if (!modality.equals(ALL)) {
      Modality.ofLabel(modality); // throws IllegalArgumentException on an unknown one
      if (!modality.equals(Modality.ofLabel(modality).label())) {
        throw new IllegalArgumentException("modality must be written in lower case: " + modality);
      }
    }
    if (provenance != null) {
      org.dyad.store.exchange.Provenance.ofLabel(provenance); // throws IllegalArgumentException on an unknown one
    }
  }

  /** A query of events of one modality (or all), of every provenance. */
  public EventQuery(LocalDate since, LocalDate until, String source, String target, String actor, String code, Integer quadClass,
      String ploverType, String text, boolean located, Sort sort, int page, int size, String modality) {
    this(since, until, source, target, actor, code, quadClass, ploverType, text, located, sort, page, size, modality, null);
  }

  /** A query of asserted events. */
  public EventQuery(LocalDate since, LocalDate until, String source, String target, String actor, String code, Integer quadClass,
      String ploverType, String text, boolean located, Sort sort, int page, int size) {
    this(since, until, source, target, actor, code, quadClass, ploverType, text, located, sort, page, size, ASSERTED);
  }

  /** All asserted events, newest first, first page of {@code size}. */
  public static EventQuery all(int size) {
    return new EventQuery(null, null, null, null, null, null, null, null, null, false, Sort.NEWEST, 1, size);
  }

  /** The same query for events of another modality ({@link #ALL}, {@link #ASSERTED} or a label). */
  public EventQuery withModality(String which) {
    return new EventQuery(since, until, source, target, actor, code, quadClass, ploverType, text, located, sort, page, size, which,
        provenance);
  }

  /** The same query for events of one provenance's label ({@code null}: every provenance). */
  public EventQuery withProvenance(String which) {
    return new EventQuery(since, until, source, target, actor, code, quadClass, ploverType, text, located, sort, page, size, modality,
        which);
  }

  /** Orders of an event list. */
  public enum Sort {
    NEWEST("e.published DESC NULLS LAST"),
    OLDEST("e.published ASC NULLS LAST"),
    MOST_HOSTILE("e.goldstein ASC"),
    MOST_COOPERATIVE("e.goldstein DESC"),
    MOST_REPORTED("reports DESC");

    final String sql;

    Sort(String sql) {
      this.sql = sql;
    }
  }
}
