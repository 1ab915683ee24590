package org.dyad.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.dyad.model.EventTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventTimesTest {
  private static final LocalDate SUNDAY = LocalDate.parse("2024-03-10");

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Police arrested 20 people on Friday.|2024-03-08|DAY",
      "Troops shelled the town on Sunday night.|2024-03-10|DAY",
      "Protesters marched yesterday.|2024-03-09|DAY",
      "Russian forces attacked overnight.|2024-03-10|DAY",
      "The talks were held last week.|2024-02-26|WEEK",
      "Clashes broke out over the weekend.|2024-03-04|WEEK",
      "The army seized the town last month.|2024-02-01|MONTH",
      "Rebels captured the city on March 3.|2024-03-03|DAY",
      "Rebels captured the city on 28 December.|2023-12-28|DAY",
      "Elections were held in February.|2024-02-01|MONTH",
      "Russia annexed Crimea in 2014.|2014-01-01|YEAR",
      "Visited Ukraine on Friday, the first trip since 1991.|2024-03-08|DAY",
      "Protesters may march through the capital.|2024-03-10|DAY",
      "Thousands march in Tbilisi.|2024-03-10|DAY",
      "Rebels seized the town on March 3, 2022.|2022-03-03|DAY",
      "Rebels seized the town on 3 March 2022.|2022-03-03|DAY",
      "Rebels seized the town in January 2021.|2021-01-01|MONTH",
      "rioters looted shops in july 2021.|2021-07-01|MONTH",
      "Hamas seized hostages in its October 2023 attack.|2023-10-01|MONTH",
      "Police killed dozens during the 2017 election crisis.|2017-01-01|YEAR",
      "Forces killed hundreds of protesters during the unrest of 2022.|2022-01-01|YEAR",
      "Parliament debated the 2030 plan.|2024-03-10|DAY"})
  void datesTheAct_againstTheArticlesDay(String sentence, String day, String precision) {
    EventTime t = new EventTimes().find(TokensForTests.of(sentence), SUNDAY).first();
    assertEquals(LocalDate.parse(day), t.date(), sentence);
    assertEquals(EventTime.Precision.valueOf(precision), t.precision(), sentence);
  }
}
