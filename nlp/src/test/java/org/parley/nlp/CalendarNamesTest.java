package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.DateValue;
import org.parley.nlp.CalendarNames.Direction;

class CalendarNamesTest {
  private static final LocalDate MONDAY_12_DEC_2016 = LocalDate.of(2016, 12, 12);

  @Test
  void aWeekdayIsTheLastOneBeforeInThePastAndTheNextOneInTheFuture() {
    assertThat(CalendarNames.weekday(DayOfWeek.TUESDAY, Direction.PAST, MONDAY_12_DEC_2016))
        .isEqualTo(LocalDate.of(2016, 12, 6));
    assertThat(CalendarNames.weekday(DayOfWeek.TUESDAY, Direction.FUTURE, MONDAY_12_DEC_2016))
        .isEqualTo(LocalDate.of(2016, 12, 13));
  }

  @Test
  void theDayOfPublicationIsItsOwnWeekdayEitherWay() {
    for (Direction d : Direction.values()) {
      assertThat(CalendarNames.weekday(DayOfWeek.MONDAY, d, MONDAY_12_DEC_2016))
          .isEqualTo(MONDAY_12_DEC_2016);
    }
  }

  @Test
  void withoutATenseAWeekdayIsTheClosestOne() {
    assertThat(CalendarNames.weekday(DayOfWeek.TUESDAY, Direction.CLOSEST, MONDAY_12_DEC_2016))
        .isEqualTo(LocalDate.of(2016, 12, 13));
    assertThat(CalendarNames.weekday(DayOfWeek.FRIDAY, Direction.CLOSEST, MONDAY_12_DEC_2016))
        .isEqualTo(LocalDate.of(2016, 12, 9));
    assertThat(CalendarNames.weekday(DayOfWeek.THURSDAY, Direction.CLOSEST, MONDAY_12_DEC_2016))
        .isEqualTo(LocalDate.of(2016, 12, 15));
  }

  @Test
  void aMonthCrossesTheYearOnlyWhenItsTenseAsks() {
    assertThat(CalendarNames.month(Month.MARCH, Direction.PAST, MONDAY_12_DEC_2016))
        .isEqualTo(DateValue.ofMonth(2016, 3));
    assertThat(CalendarNames.month(Month.MARCH, Direction.FUTURE, MONDAY_12_DEC_2016))
        .isEqualTo(DateValue.ofMonth(2017, 3));
    assertThat(CalendarNames.month(Month.MARCH, Direction.CLOSEST, MONDAY_12_DEC_2016))
        .isEqualTo(DateValue.ofMonth(2017, 3));
    assertThat(CalendarNames.month(Month.DECEMBER, Direction.FUTURE, MONDAY_12_DEC_2016))
        .isEqualTo(DateValue.ofMonth(2016, 12));
    assertThat(CalendarNames.month(Month.JUNE, Direction.CLOSEST, MONDAY_12_DEC_2016))
        .isEqualTo(DateValue.ofMonth(2016, 6));
  }

  @Test
  void aWeekdayWithAPartOfTheDayIsDatedLikeTheBareWeekday() {
    // "talks ended on Friday evening": past tense within SUTime's window, published Monday 12 Dec
    List<CoreLabel> tokens = tokens("talks/NNS ended/VBD on/IN Friday/NNP evening/NN");
    assertThat(CalendarNames.date(tokens, null, 3, 5, MONDAY_12_DEC_2016))
        .contains(DateValue.of(LocalDate.of(2016, 12, 9)));
    assertThat(CalendarNames.date(tokens, null, 3, 4, MONDAY_12_DEC_2016))
        .contains(DateValue.of(LocalDate.of(2016, 12, 9)));
    // "will meet on Friday morning": the coming Friday
    List<CoreLabel> future = tokens("they/PRP will/MD meet/VB on/IN Friday/NNP morning/NN");
    assertThat(CalendarNames.date(future, null, 4, 6, MONDAY_12_DEC_2016))
        .contains(DateValue.of(LocalDate.of(2016, 12, 16)));
  }

  @Test
  void otherTwoWordExpressionsAreLeftToSutime() {
    List<CoreLabel> tokens = tokens("talks/NNS ended/VBD in/IN March/NNP evening/NN");
    assertThat(CalendarNames.date(tokens, null, 3, 5, MONDAY_12_DEC_2016))
        .isEqualTo(Optional.empty());
    List<CoreLabel> next = tokens("talks/NNS end/VBP next/JJ Friday/NNP");
    assertThat(CalendarNames.date(next, null, 2, 4, MONDAY_12_DEC_2016))
        .isEqualTo(Optional.empty());
  }

  private static List<CoreLabel> tokens(String tagged) {
    List<CoreLabel> out = new ArrayList<>();
    for (String wt : tagged.split(" ")) {
      CoreLabel t = new CoreLabel();
      t.setWord(wt.substring(0, wt.indexOf('/')));
      t.setTag(wt.substring(wt.indexOf('/') + 1));
      out.add(t);
    }
    return out;
  }
}
