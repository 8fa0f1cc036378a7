package org.parley.ingest.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.model.DateValue;

class PublishedDatesTest {
  @ParameterizedTest
  @CsvSource({
    "2020-02-13, 2020-02-13",
    "2020-02, 2020-02",
    "2020, 2020",
    "2020-02-13T09:30:00+09:00, 2020-02-13",
    "2020-02-13 09:30, 2020-02-13",
    "'February 13, 2020', 2020-02-13",
    "'13 Feb. 2020', 2020-02-13",
  })
  void parsesMetadataDates(String value, String expected) {
    assertThat(PublishedDates.parse(value).map(DateValue::value)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "yesterday", "2020-13-01", "2020-02-30", "13/02/2020"})
  void rejectsWhatIsNotADate(String value) {
    assertThat(PublishedDates.parse(value)).isEmpty();
  }
}
