package org.parley.coding.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.ActorCode;
import org.parley.model.DictionaryEntry;

class DatedCodeTest {
  private static final LocalDate MAY_1 = LocalDate.of(2007, 5, 1);
  private static final LocalDate JULY_31 = LocalDate.of(2008, 7, 31);

  @Test
  void coversBothEndsInclusively() {
    DatedCode c = new DatedCode(new ActorCode("KORGOV"), Optional.of(MAY_1), Optional.of(JULY_31));
    assertThat(c.covers(MAY_1)).isTrue();
    assertThat(c.covers(JULY_31)).isTrue();
    assertThat(c.covers(MAY_1.minusDays(1))).isFalse();
    assertThat(c.covers(JULY_31.plusDays(1))).isFalse();
    assertThat(c).hasToString("KORGOV 20070501-20080731");
  }

  @Test
  void rejectsARangeThatEndsBeforeItBegins() {
    assertThatThrownBy(
            () -> new DatedCode(new ActorCode("KORGOV"), Optional.of(JULY_31), Optional.of(MAY_1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before");
  }

  @Test
  void readsSixAndEightDigitDatesWithPetrarchsCentury() {
    assertThat(ActorCodes.date("070501")).isEqualTo(MAY_1);
    assertThat(ActorCodes.date("300101")).isEqualTo(LocalDate.of(2030, 1, 1));
    assertThat(ActorCodes.date("310101")).isEqualTo(LocalDate.of(1931, 1, 1));
    assertThat(ActorCodes.date("20080731")).isEqualTo(JULY_31);
  }

  @Test
  void codeOnPrefersTheNarrowestRestrictionThenTheUnrestrictedCode() {
    ActorEntry e =
        new ActorEntry(
            List.of("X"),
            List.of(
                DatedCode.always(new ActorCode("HOB")),
                new DatedCode(
                    new ActorCode("HOBMIL"),
                    Optional.of(LocalDate.of(2008, 1, 20)),
                    Optional.of(LocalDate.of(2012, 11, 9))),
                new DatedCode(
                    new ActorCode("ORCHOB"),
                    Optional.of(LocalDate.of(2010, 1, 9)),
                    Optional.of(LocalDate.of(2010, 1, 12)))),
            new DictionaryEntry("t.txt", 1, "X"));
    assertThat(e.codeOn(Optional.of(LocalDate.of(2010, 1, 10))).map(DatedCode::code))
        .contains(new ActorCode("ORCHOB"));
    assertThat(e.codeOn(Optional.of(LocalDate.of(2009, 1, 1))).map(DatedCode::code))
        .contains(new ActorCode("HOBMIL"));
    assertThat(e.codeOn(Optional.of(LocalDate.of(2015, 1, 1))).map(DatedCode::code))
        .contains(new ActorCode("HOB"));
    assertThat(e.codeOn(Optional.empty()).map(DatedCode::code)).contains(new ActorCode("HOB"));
  }
}
