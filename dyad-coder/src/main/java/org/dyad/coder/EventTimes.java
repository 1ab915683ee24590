package org.dyad.coder;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.EventTime;
import org.dyad.model.Token;

/**
 * Dates the act a sentence reports, against its article's date: "on Friday" (the Friday on or
 * before the article's day), "yesterday", "overnight", "last week" (that week's Monday, to the
 * week), "over the weekend", "last month", "on March 3" / "3 March", "in March", "in 2014", "last
 * year". The first expression in the sentence wins, explicit dates before weekdays before relative
 * words; a sentence without one takes the article's day. Written for Dyad rather than CoreNLP's
 * SUTime, which needs the NER annotator Dyad does not run (a tenth of its throughput). Thread-safe.
 */
final class EventTimes {
  static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("jan.", 1), Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("feb.", 2), Map.entry("march", 3), Map.entry("mar.", 3), Map.entry("april", 4), Map.entry("apr", 4),
      Map.entry("apr.", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun.", 6), Map.entry("july", 7),
      Map.entry("jul.", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("aug.", 8), Map.entry("september", 9),
      Map.entry("sept", 9), Map.entry("sept.", 9), Map.entry("sep.", 9), Map.entry("october", 10), Map.entry("oct", 10),
      Map.entry("oct.", 10), Map.entry("november", 11), Map.entry("nov", 11), Map.entry("nov.", 11),
      Map.entry("december", 12), Map.entry("dec", 12), Map.entry("dec.", 12));
  private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
      "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
      "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);

  /** When the sentence's act happened; the article's day when it does not say (or the article is undated). */
  EventTime find(List<Token> tokens, LocalDate published) {
    if (published == null) {
      return EventTime.ofArticle(null);
    }
    return explicitDate(tokens, published)
        .or(() -> weekday(tokens, published))
        .or(() -> relative(tokens, published))
        .or(() -> year(tokens, published))
        .orElse(EventTime.ofArticle(published));
  }

  /** "March 3", "3 March", "in March", "in 2014". */
  private static Optional<EventTime> explicitDate(List<Token> tokens, LocalDate published) {
    for (int i = 0; i < tokens.size(); i++) {
      String w = word(tokens, i);
      Integer month = MONTHS.get(w);
      if (month != null) {
        if (isDay(tokens, i + 1)) {
          return date(published, month, Integer.parseInt(tokens.get(i + 1).word()), tokens, i, i + 1);
        }
        if (isDay(tokens, i - 1)) {
          return date(published, month, Integer.parseInt(tokens.get(i - 1).word()), tokens, i - 1, i);
        }
        // "in March"; never the verb "march" or the modal "may"
        boolean name = Character.isUpperCase(tokens.get(i).word().codePointAt(0)) && !w.equals("may");
        if (name && i > 0 && Month.IN.contains(word(tokens, i - 1))) {
          LocalDate first = LocalDate.of(published.getYear(), month, 1);
          if (first.isAfter(published)) {
            first = first.minusYears(1);
          }
          return Optional.of(new EventTime(first, EventTime.Precision.MONTH, text(tokens, i - 1, i)));
        }
      }
    }
    return Optional.empty();
  }

  /** "in 2014": a year (never "since 2014", which dates a period, not the act). */
  private static Optional<EventTime> year(List<Token> tokens, LocalDate published) {
    for (int i = 1; i < tokens.size(); i++) {
      String w = word(tokens, i);
      if (w.matches("(19|20)\\d\\d") && word(tokens, i - 1).equals("in")) {
        int year = Integer.parseInt(w);
        if (year <= published.getYear()) {
          return Optional.of(new EventTime(LocalDate.of(year, 1, 1), EventTime.Precision.YEAR, text(tokens, i - 1, i)));
        }
      }
    }
    return Optional.empty();
  }

  /** Words that put a month: "in March", "since March". */
  private static final class Month {
    static final java.util.Set<String> IN = java.util.Set.of("in", "since", "during", "until", "by", "early", "late", "mid");
  }

  private static Optional<EventTime> date(LocalDate published, int month, int day, List<Token> tokens, int from, int to) {
    try {
      LocalDate d = LocalDate.of(published.getYear(), month, day);
      if (d.isAfter(published.plusDays(7))) {
        d = d.minusYears(1); // "on December 28" in a story of January 2
      }
      return Optional.of(new EventTime(d, EventTime.Precision.DAY, text(tokens, from, to)));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** "on Friday", "Friday night": the last such day on or before the article's day. */
  private static Optional<EventTime> weekday(List<Token> tokens, LocalDate published) {
    for (int i = 0; i < tokens.size(); i++) {
      DayOfWeek day = WEEKDAYS.get(word(tokens, i));
      if (day != null) {
        LocalDate d = published.with(TemporalAdjusters.previousOrSame(day));
        int from = i > 0 && Month.IN.contains(word(tokens, i - 1)) || i > 0 && word(tokens, i - 1).equals("on") ? i - 1 : i;
        return Optional.of(new EventTime(d, EventTime.Precision.DAY, text(tokens, from, i)));
      }
    }
    return Optional.empty();
  }

  /** "yesterday", "overnight", "last week", "over the weekend", "last month", "last year". */
  private static Optional<EventTime> relative(List<Token> tokens, LocalDate published) {
    for (int i = 0; i < tokens.size(); i++) {
      String w = word(tokens, i);
      String next = i + 1 < tokens.size() ? word(tokens, i + 1) : "";
      if (w.equals("yesterday")) {
        return Optional.of(new EventTime(published.minusDays(1), EventTime.Precision.DAY, tokens.get(i).word()));
      }
      if ((w.equals("last") || w.equals("this")) && next.equals("week")) {
        LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return Optional.of(new EventTime(w.equals("last") ? monday.minusWeeks(1) : monday, EventTime.Precision.WEEK, text(tokens, i, i + 1)));
      }
      if (next.equals("weekend") && (w.equals("the") || w.equals("last") || w.equals("this"))) {
        LocalDate saturday = published.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        LocalDate monday = saturday.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return Optional.of(new EventTime(monday, EventTime.Precision.WEEK, text(tokens, i, i + 1)));
      }
      if ((w.equals("last") || w.equals("this")) && next.equals("month")) {
        LocalDate first = published.withDayOfMonth(1);
        return Optional.of(new EventTime(w.equals("last") ? first.minusMonths(1) : first, EventTime.Precision.MONTH, text(tokens, i, i + 1)));
      }
      if (w.equals("last") && next.equals("year")) {
        return Optional.of(new EventTime(LocalDate.of(published.getYear() - 1, 1, 1), EventTime.Precision.YEAR, text(tokens, i, i + 1)));
      }
    }
    return Optional.empty();
  }

  private static boolean isDay(List<Token> tokens, int i) {
    return i >= 0 && i < tokens.size() && tokens.get(i).word().matches("[1-9]|[12]\\d|3[01]");
  }

  private static String word(List<Token> tokens, int i) {
    return tokens.get(i).word().toLowerCase(Locale.ROOT);
  }

  private static String text(List<Token> tokens, int from, int to) {
    StringBuilder s = new StringBuilder();
    for (int k = from; k <= to; k++) {
      s.append(k == from ? "" : " ").append(tokens.get(k).word());
    }
    return s.toString();
  }
}
