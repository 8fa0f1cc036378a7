package org.parley.coding.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhraseWordsTest {
  @Test
  void splitsDictionaryPhrasesOnUnderscoresAndDropsTheTrailingOne() {
    assertThat(PhraseWords.of("MOON_JAE_IN_")).containsExactly("MOON", "JAE", "IN");
    assertThat(PhraseWords.of("HAMAS WING")).containsExactly("HAMAS", "WING");
  }

  @Test
  void splitsHyphenatedTokensTheSameWayAsHyphenatedEntries() {
    assertThat(PhraseWords.ofToken("Jae-in")).containsExactly("JAE", "IN");
    assertThat(PhraseWords.of("KIM_JONG-UN")).containsExactly("KIM", "JONG", "UN");
  }

  @Test
  void keepsInitialsButEqualisesTheFinalPeriodOfAbbreviations() {
    assertThat(PhraseWords.ofToken("U.S.")).containsExactly("U.S");
    assertThat(PhraseWords.of("U.S")).containsExactly("U.S");
    assertThat(PhraseWords.ofToken("V.")).containsExactly("V.");
    assertThat(PhraseWords.ofToken("us")).containsExactly("US");
  }

  @Test
  void separatesPossessivesAndCommas() {
    assertThat(PhraseWords.of("UNITED_NATIONS_CHILDREN'S_FUND_"))
        .containsExactly("UNITED", "NATIONS", "CHILDREN", "'S", "FUND");
    assertThat(PhraseWords.ofToken("Children\u2019s")).containsExactly("CHILDREN", "'S");
    assertThat(PhraseWords.ofToken("'s")).containsExactly("'S");
    assertThat(PhraseWords.of("KOREA,_NORTH_")).containsExactly("KOREA", ",", "NORTH");
  }

  @Test
  void separatesThePluralPossessiveApostropheAsTheTokenizerDoes() {
    assertThat(PhraseWords.of("KURDISTAN_WORKERS'_PARTY"))
        .containsExactly("KURDISTAN", "WORKERS", "'", "PARTY");
    assertThat(PhraseWords.ofToken("Workers")).containsExactly("WORKERS");
    assertThat(PhraseWords.ofToken("'")).containsExactly("'");
  }

  @Test
  void aTokenWithoutWordsStandsForItself() {
    assertThat(PhraseWords.of("-")).isEmpty();
    assertThat(PhraseWords.ofToken("-")).containsExactly("-");
  }
}
