package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.model.DatePrecision;
import org.parley.model.DateValue;

class TimexDatesTest {

  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @CsvSource({
    "2020-02-12, 2020-02-12, DAY",
    "2020-02-12T14:00, 2020-02-12, DAY",
    "2020-02-12TNI, 2020-02-12, DAY",
    "2019-02, 2019-02, MONTH",
    "2018, 2018, YEAR",
    "2020-H1, 2020, YEAR",
    "2019-Q3, 2019, YEAR",
    "2019-SU, 2019, YEAR",
    "2020-W07, 2020-02, MONTH",
    "2020-W05, 2020, YEAR",
    "2020-W07-3, 2020-02-12, DAY",
    "2020-W07-WE, 2020-02, MONTH",
    "' 2019-12 ', 2019-12, MONTH"
  })
  void convertsCalendarValuesToTheFinestCoveringPrecision(
      String timex, String value, DatePrecision precision) {
    assertThat(TimexDates.findDate(timex)).contains(new DateValue(value, precision));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "PRESENT_REF",
        "PAST_REF",
        "XXXX-WXX-3",
        "XXXX-12",
        "P3D",
        "PT2H",
        "T14:00",
        "201X",
        "20XX",
        "2019-WI",
        "2020-W53",
        "2020-W54",
        "2020-13",
        "2020-02-30",
        "",
        "nonsense"
      })
  void givesNothingForValuesThatNameNoCalendarPeriod(String timex) {
    assertThat(TimexDates.findDate(timex)).isEqualTo(Optional.empty());
  }

  @ParameterizedTest
  @NullSource
  void givesNothingForAMissingValue(String timex) {
    assertThat(TimexDates.findDate(timex)).isEmpty();
  }
}
