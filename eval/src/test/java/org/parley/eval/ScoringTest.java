package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringTest {
  @Test
  void matchesAreAMultisetIntersection() {
    GoldEvent a = new GoldEvent("ARN", "GON", "064");
    GoldEvent b = new GoldEvent("GON", "ARN", "064");
    assertThat(Evaluator.matches(List.of(a, b), List.of(a, a))).isEqualTo(1);
    assertThat(Evaluator.matches(List.of(a, a), List.of(a, a, b))).isEqualTo(2);
    assertThat(Evaluator.matches(List.of(), List.of(a))).isZero();
  }

  @Test
  void missingActorsReadAsPetrarchsDashes() {
    assertThat(new GoldEvent(null, "", "023")).isEqualTo(new GoldEvent("---", "---", "023"));
    assertThat(new GoldEvent("ARN", "GON", "0612").atRoot().code()).isEqualTo("06");
  }

  @Test
  void figuresComeFromTheCounts() {
    SuiteResult.Counts c = new SuiteResult.Counts(10, 8, 4, 2, 3, 5, 0, 6, 0, 0);
    assertThat(c.precision()).isEqualTo(0.5);
    assertThat(c.recall()).isEqualTo(0.25);
    assertThat(c.f1()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(c.rootPrecision()).isEqualTo(0.75);
    assertThat(c.correctShare()).isEqualTo(0.5);
    assertThat(new SuiteResult.Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0).f1()).isZero();
  }

  @Test
  void ploverGoldTypesOfVersion05AreReadAsTheCurrentTypes() {
    assertThat(Evaluator.currentPloverType("DEMAND")).isEqualTo("REQUEST");
    assertThat(Evaluator.currentPloverType("DISAPPROVE")).isEqualTo("ACCUSE");
    assertThat(Evaluator.currentPloverType("INVESTIGATE")).isEqualTo("ACCUSE");
    assertThat(Evaluator.currentPloverType("FIGHT")).isEqualTo("ASSAULT");
    assertThat(Evaluator.currentPloverType("AGREE")).isEqualTo("AGREE");
  }
}
