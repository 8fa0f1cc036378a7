package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NlpOptionsTest {

  @Test
  void defaultsRunEverythingOnOneThreadWithTheEnglishUdParser() {
    NlpOptions o = NlpOptions.defaults();
    assertThat(o).isEqualTo(new NlpOptions(true, true, true, 1, 250, NlpOptions.ENGLISH_UD));
  }

  @Test
  void rejectsAThreadCountBelowOneNamingIt() {
    assertThatThrownBy(() -> NlpOptions.defaults().withThreads(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads must be >= 1, was 0");
  }

  @Test
  void rejectsASentenceCapBelowOneNamingIt() {
    assertThatThrownBy(() -> NlpOptions.defaults().withMaxSentenceTokens(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxSentenceTokens must be >= 1, was 0");
  }

  @Test
  void propertiesSwitchSuTimeOffWhenTimeExpressionsAreOff() {
    assertThat(CoreNlpParser.properties(NlpOptions.defaults().withTimeExpressions(false)))
        .containsEntry("ner.useSUTime", "false")
        .containsEntry("ner.applyFineGrained", "false")
        .containsEntry("ssplit.newlineIsSentenceBreak", "always");
  }
}
