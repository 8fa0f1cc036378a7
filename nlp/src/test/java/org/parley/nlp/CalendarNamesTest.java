package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
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
}
