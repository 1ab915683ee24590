package org.dyad.model;

import java.time.LocalDate;
import java.util.Locale;

/**
 * When an act happened, as precisely as the report says: "on Friday" in a story of Sunday
 * 2024-03-10 is 2024-03-08 to the day; "last week" is that week's Monday, to the week.
 *
 * @param date the day of the act (the first day of its week or month at those precisions), or
 *     null when the article is undated
 * @param precision how precisely the report dates it
 * @param words the words that dated it ("on Friday"), empty when the act takes the article's day
 */
public record EventTime(LocalDate date, Precision precision, String words) {
  /** How precisely an act is dated. */
  public enum Precision {
    DAY, WEEK, MONTH, YEAR;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public EventTime {
    if (precision == null || words == null) {
      throw new NullPointerException("precision and words");
    }
  }

  /** The article's own day, for an act the sentence does not date. */
  public static EventTime ofArticle(LocalDate published) {
    return new EventTime(published, Precision.DAY, "");
  }
}
