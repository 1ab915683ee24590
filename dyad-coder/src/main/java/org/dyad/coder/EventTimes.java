package org.dyad.coder;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.model.EventTime;
import org.dyad.model.Token;

/**
 * Dates the act a sentence reports, against its article's date: "on Friday" (the Friday on or
 * before the article's day), "yesterday", "overnight", "last week" (that week's Monday, to the
 * week), "over the weekend", "last month", "on March 3" / "3 March", "in March", "in 2014", "last
 * year", "in July 2016", "during the 2017 crisis". It finds every expression of the sentence;
 * {@link SentenceTimes} gives each act the one of its own clause. Written for Dyad rather than CoreNLP's
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

  /** Every time expression of the sentence, to be matched to its acts ({@link SentenceTimes}). */
  SentenceTimes find(List<Token> tokens, LocalDate published) {
    List<SentenceTimes.Dated> found = new ArrayList<>();
    if (published != null) {
      explicitDates(tokens, published, found);
      weekdays(tokens, published, found);
      relative(tokens, published, found);
      years(tokens, published, found);
    }
    return new SentenceTimes(found, published);
  }

  /** "March 3", "3 March", "March 3, 2022", "in March", "in March 2022", "its October 2023 attack". */
  private static void explicitDates(List<Token> tokens, LocalDate published, List<SentenceTimes.Dated> found) {
    for (int i = 0; i < tokens.size(); i++) {
      String w = word(tokens, i);
      Integer month = MONTHS.get(w);
      if (month == null) {
        continue;
      }
      if (isDay(tokens, i + 1)) {
        int y = isYear(tokens, i + 2) ? i + 2 : word(tokens, i + 2).equals(",") && isYear(tokens, i + 3) ? i + 3 : -1;
        date(published, month, Integer.parseInt(tokens.get(i + 1).word()), tokens, i, y, found);
      } else if (isDay(tokens, i - 1)) {
        date(published, month, Integer.parseInt(tokens.get(i - 1).word()), tokens, i - 1, isYear(tokens, i + 1) ? i + 1 : -1, found);
      } else if (isYear(tokens, i + 1)) {
        // "in July 2016", "its October 2023 attack": a month with its year, in any letter case
        int from = i > 0 && Month.IN.contains(word(tokens, i - 1)) ? i - 1 : i;
        LocalDate first = LocalDate.of(Integer.parseInt(tokens.get(i + 1).word()), month, 1);
        found.add(new SentenceTimes.Dated(new EventTime(first, EventTime.Precision.MONTH, text(tokens, from, i + 1)), from, i + 1, 0));
      } else if (Character.isUpperCase(tokens.get(i).word().codePointAt(0)) && !w.equals("may")
          && i > 0 && Month.IN.contains(word(tokens, i - 1))) {
        // "in March"; never the verb "march" or the modal "may"
        LocalDate first = LocalDate.of(published.getYear(), month, 1);
        if (first.isAfter(published)) {
          first = first.minusYears(1);
        }
        found.add(new SentenceTimes.Dated(new EventTime(first, EventTime.Precision.MONTH, text(tokens, i - 1, i)), i - 1, i, 0));
      }
    }
  }

  /** "in 2014", "during the 2017 election crisis", "the unrest of 2022": a year (never "since 2014", which dates a period, not the act). */
  private static void years(List<Token> tokens, LocalDate published, List<SentenceTimes.Dated> found) {
    for (int i = 1; i < tokens.size(); i++) {
      if (!isYear(tokens, i) || Integer.parseInt(tokens.get(i).word()) > published.getYear()) {
        continue;
      }
      int from = YEAR_IN.contains(word(tokens, i - 1)) ? i - 1
          : i > 1 && word(tokens, i - 1).equals("the") && YEAR_IN.contains(word(tokens, i - 2)) ? i - 2 : -1;
      if (from >= 0) {
        LocalDate first = LocalDate.of(Integer.parseInt(tokens.get(i).word()), 1, 1);
        found.add(new SentenceTimes.Dated(new EventTime(first, EventTime.Precision.YEAR, text(tokens, from, i)), from, i, 3));
      }
    }
  }

  private static final java.util.Set<String> YEAR_IN = java.util.Set.of("in", "during", "of");

  /** Words that put a month: "in March", "since March". */
  private static final class Month {
    static final java.util.Set<String> IN = java.util.Set.of("in", "since", "during", "until", "by", "early", "late", "mid");
  }

  /** A day of a month, in the year written at token {@code year} or else the latest such day up to a week after the story. */
  private static void date(LocalDate published, int month, int day, List<Token> tokens, int from, int year,
      List<SentenceTimes.Dated> found) {
    try {
      LocalDate d;
      if (year >= 0) {
        d = LocalDate.of(Integer.parseInt(tokens.get(year).word()), month, day);
      } else {
        d = LocalDate.of(published.getYear(), month, day);
        if (d.isAfter(published.plusDays(7))) {
          d = d.minusYears(1); // "on December 28" in a story of January 2
        }
      }
      int to = Math.max(year, from + 1);
      found.add(new SentenceTimes.Dated(new EventTime(d, EventTime.Precision.DAY, text(tokens, from, to)), from, to, 0));
    } catch (java.time.DateTimeException e) {
      // "February 30": no date
    }
  }

  /** "on Friday", "Friday night": the last such day on or before the article's day. */
  private static void weekdays(List<Token> tokens, LocalDate published, List<SentenceTimes.Dated> found) {
    for (int i = 0; i < tokens.size(); i++) {
      DayOfWeek day = WEEKDAYS.get(word(tokens, i));
      if (day != null) {
        LocalDate d = published.with(TemporalAdjusters.previousOrSame(day));
        LocalDate coming = published.with(TemporalAdjusters.nextOrSame(day));
        int from = i > 0 && Month.IN.contains(word(tokens, i - 1)) || i > 0 && word(tokens, i - 1).equals("on") ? i - 1 : i;
        String words = text(tokens, from, i);
        found.add(new SentenceTimes.Dated(new EventTime(d, EventTime.Precision.DAY, words),
            new EventTime(coming, EventTime.Precision.DAY, words), from, i, 1));
      }
    }
  }

  /** "yesterday", "overnight" (the story's day), "last week", "over the weekend", "last month", "last year", "next week", "next month". */
  private static void relative(List<Token> tokens, LocalDate published, List<SentenceTimes.Dated> found) {
    for (int i = 0; i < tokens.size(); i++) {
      String w = word(tokens, i);
      String next = i + 1 < tokens.size() ? word(tokens, i + 1) : "";
      EventTime t = null;
      if (w.equals("yesterday")) {
        t = new EventTime(published.minusDays(1), EventTime.Precision.DAY, tokens.get(i).word());
      } else if (w.equals("overnight")) {
        t = new EventTime(published, EventTime.Precision.DAY, tokens.get(i).word());
      } else if (w.equals("next") && next.equals("week")) {
        LocalDate monday = published.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        t = new EventTime(monday, EventTime.Precision.WEEK, text(tokens, i, i + 1));
      } else if (w.equals("next") && next.equals("month")) {
        t = new EventTime(published.withDayOfMonth(1).plusMonths(1), EventTime.Precision.MONTH, text(tokens, i, i + 1));
      } else if ((w.equals("last") || w.equals("this")) && next.equals("week")) {
        LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        t = new EventTime(w.equals("last") ? monday.minusWeeks(1) : monday, EventTime.Precision.WEEK, text(tokens, i, i + 1));
      } else if (next.equals("weekend") && (w.equals("the") || w.equals("last") || w.equals("this"))) {
        LocalDate saturday = published.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        LocalDate monday = saturday.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        t = new EventTime(monday, EventTime.Precision.WEEK, text(tokens, i, i + 1));
      } else if ((w.equals("last") || w.equals("this")) && next.equals("month")) {
        LocalDate first = published.withDayOfMonth(1);
        t = new EventTime(w.equals("last") ? first.minusMonths(1) : first, EventTime.Precision.MONTH, text(tokens, i, i + 1));
      } else if (w.equals("last") && next.equals("year")) {
        t = new EventTime(LocalDate.of(published.getYear() - 1, 1, 1), EventTime.Precision.YEAR, text(tokens, i, i + 1));
      }
      if (t != null && !word(tokens, i + (t.words().indexOf(' ') < 0 ? 1 : 2)).equals("'s")) { // not "last year's protests"
        int to = t.words().indexOf(' ') < 0 ? i : i + 1;
        found.add(new SentenceTimes.Dated(t, i, to, 2));
      }
    }
  }

  private static boolean isYear(List<Token> tokens, int i) {
    return i >= 0 && i < tokens.size() && tokens.get(i).word().matches("(19|20)\\d\\d");
  }

  private static boolean isDay(List<Token> tokens, int i) {
    return i >= 0 && i < tokens.size() && tokens.get(i).word().matches("[1-9]|[12]\\d|3[01]");
  }

  private static String word(List<Token> tokens, int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i).word().toLowerCase(Locale.ROOT) : "";
  }

  private static String text(List<Token> tokens, int from, int to) {
    StringBuilder s = new StringBuilder();
    for (int k = from; k <= to; k++) {
      s.append(k == from ? "" : " ").append(tokens.get(k).word());
    }
    return s.toString();
  }
}
