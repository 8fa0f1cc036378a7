package org.parley.ingest.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.model.DateValue;

class DatelineFinderTest {
  private static Optional<String> dateOf(String text) {
    return DatelineFinder.find(text).flatMap(Dateline::date).map(DateValue::value);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "News2020-02-13|2020-02-13",
        "Politics 2019.04.25|2019-04-25",
        "Posted : 2019-04-25 17:04|2019-04-25",
        "2021/11/03|2021-11-03",
        "February 13, 2020|2020-02-13",
        "Thursday, February 13, 2020 10:35 AM|2020-02-13",
        "Sept. 3, 2019|2019-09-03",
        "13 Feb 2020|2020-02-13",
        "WASHINGTON, Feb. 13, 2020 (AP) — The U.S. said ...|2020-02-13",
      })
  void readsADatelineLineNearTheTop(String line, String expected) {
    assertThat(dateOf("World\n\n" + line + "\nThe minister said talks went well."))
        .contains(expected);
  }

  @Test
  void wireDatelineWithoutYearIsFoundButHasNoDate() {
    Optional<Dateline> d =
        DatelineFinder.find(
            "Seoul, Feb. 13 (Yonhap) -- South Korea said on Thursday it would talk.");
    assertThat(d).isPresent();
    assertThat(d.get().text()).isEqualTo("Seoul, Feb. 13");
    assertThat(d.get().offset()).isEqualTo(0);
    assertThat(d.get().date()).isEmpty();
  }

  @Test
  void aDatelineWithAYearWinsOverAnEarlierOneWithout() {
    assertThat(dateOf("SEOUL, Feb. 13 (Yonhap) -- Talks began.\nUpdated 2020-02-14 09:00\n"))
        .contains("2020-02-14");
  }

  @Test
  void reportsTheOffsetOfTheLine() {
    String text = "News\n\n  News2020-02-13\nBody.";
    assertThat(DatelineFinder.find(text).get().offset()).isEqualTo(8);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The summit was held on February 13, 2020, in Hanoi, where both leaders met for hours of talks.",
        "News2020-02-30",
        "Room 2020-02",
        "Trade rose 12 percent.",
      })
  void ignoresWhatIsNotADateline(String line) {
    assertThat(DatelineFinder.find(line + "\nMore text.")).isEmpty();
  }

  @Test
  void looksOnlyNearTheTop() {
    String text = "Line.\n".repeat(DatelineFinder.LINES_SEARCHED) + "February 13, 2020\n";
    assertThat(DatelineFinder.find(text)).isEmpty();
  }
}
