package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelRecordsTest {
  @Test
  void aSpanEndingBeforeItBeginsIsRejectedWithBothEnds() {
    assertThatThrownBy(() -> new CharSpan(5, 3)).hasMessageContaining("[5, 3)");
    assertThatThrownBy(() -> new CharSpan(-1, 3)).hasMessageContaining("begin");
  }

  @Test
  void spansCompareContainAndOverlap() {
    CharSpan a = new CharSpan(0, 10);
    assertThat(a.contains(new CharSpan(2, 10))).isTrue();
    assertThat(a.overlaps(new CharSpan(10, 12))).isFalse();
    assertThat(a.union(new CharSpan(8, 12))).isEqualTo(new CharSpan(0, 12));
    assertThat(new CharSpan(2, 5).of("abcdefg")).isEqualTo("cde");
  }

  @Test
  void datesParseAtTheirOwnPrecision() {
    assertThat(DateValue.parse("2020-02-12"))
        .contains(new DateValue("2020-02-12", DatePrecision.DAY));
    assertThat(DateValue.parse("2019-02")).contains(new DateValue("2019-02", DatePrecision.MONTH));
    assertThat(DateValue.parse("2018")).contains(new DateValue("2018", DatePrecision.YEAR));
    assertThat(DateValue.parse("2019-13")).isEmpty();
    assertThat(DateValue.parse("2019-02-30")).isEmpty();
    assertThat(DateValue.parse("last year")).isEmpty();
    assertThat(DateValue.parse("2019-02").get().firstDay()).hasToString("2019-02-01");
  }

  @Test
  void aDateValueMustMatchItsPrecision() {
    assertThatThrownBy(() -> new DateValue("2019-02", DatePrecision.DAY))
        .hasMessageContaining("precision day");
  }

  @Test
  void actorCodesSplitIntoCountryAndSectors() {
    assertThat(new ActorCode("KORGOVMIL").country()).contains("KOR");
    assertThat(new ActorCode("KORGOVMIL").sectors()).containsExactly("GOV", "MIL");
    assertThat(new ActorCode("IGOUNO").country()).contains("IGO");
    assertThat(new ActorCode("IGOUNO").sectors()).containsExactly("UNO");
    assertThat(new ActorCode("GOV").country()).isEmpty();
    // Phoenix codes the Soviet Union SUN, the ISO 3166 code, which CAMEO also has for Sunni.
    assertThat(new ActorCode("SUNGOV").country()).contains("SUN");
    assertThat(new ActorCode("SUNGOV").sectors()).containsExactly("GOV");
    assertThat(new ActorCode("KOR").withSectors(List.of("GOV", "GOV", "MIL")))
        .hasToString("KORGOVMIL");
    assertThatThrownBy(() -> new ActorCode("KORG")).hasMessageContaining("KORG");
    assertThatThrownBy(() -> new ActorCode("korgov")).hasMessageContaining("korgov");
  }

  @Test
  void bodyOffsetsMapBackToTheOriginalTextAroundRemovedFurniture() {
    String original = "News\n\nStory one. [Photo : X]Story two.";
    List<CharSpan> removed = List.of(new CharSpan(0, 6), new CharSpan(17, 28));
    String body = "Story one. Story two.";
    Article a =
        new Article(
            "a",
            "f",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            "unknown",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            body,
            "x",
            removed);
    for (int i = 0; i < body.length(); i++) {
      assertThat(original.charAt(a.toOriginalOffset(i)))
          .as("offset " + i)
          .isEqualTo(body.charAt(i));
    }
  }

  @Test
  void aSkippedStatusNeedsAReasonAndLabelsAsTheContractSays() {
    assertThatThrownBy(() -> ArticleStatus.skipped(" ")).hasMessageContaining("reason");
    assertThat(ArticleStatus.skipped("language ko").label()).isEqualTo("skipped: language ko");
    assertThat(ArticleStatus.duplicateOf("x").label()).isEqualTo("duplicate");
    assertThat(ArticleStatus.coded().label()).isEqualTo("coded");
  }

  @Test
  void sentencesRejectDependenciesOutsideTheirTokens() {
    Token t = new Token(0, "Hi", "hi", "UH", "O", new CharSpan(0, 2));
    assertThatThrownBy(
            () ->
                new Sentence(
                    0,
                    "Hi",
                    new CharSpan(0, 2),
                    List.of(t),
                    List.of(new Dependency(0, 3, "dep")),
                    List.of()))
        .hasMessageContaining("outside 1 tokens");
  }
}
