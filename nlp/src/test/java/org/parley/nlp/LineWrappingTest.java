package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineWrappingTest {
  private static final String PARAGRAPH_PER_LINE =
      "Main News\n\nMoon's Security Aide Visits Russia\n\n"
          + "Report: South Korea's Deputy National Security Adviser Kim Hyun-chong arrived in Moscow on"
          + " Wednesday.\n"
          + "Kim said during his three-day stay, he plans to discuss the details of Russian President Vladimir"
          + " Putin's visit.\n"
          + "Choi You Sun reports.\n";

  private static final String WRAPPED =
      "The minister arrived in Moscow on Wednesday for talks with his\n"
          + "Russian counterpart on the stalled negotiations, officials said,\n"
          + "adding that a joint statement was expected later in the week\n"
          + "after the two sides meet again.\n"
          + "\n"
          + "Both sides declined to comment on the details of the proposal\n"
          + "ahead of the meeting.\n";

  @Test
  void paragraphPerLineTextIsNotHardWrapped() {
    assertThat(LineWrapping.isHardWrapped(PARAGRAPH_PER_LINE)).isFalse();
  }

  @Test
  void textBrokenAtAFixedWidthIsHardWrapped() {
    assertThat(LineWrapping.isHardWrapped(WRAPPED)).isTrue();
  }

  @Test
  void aListOfShortLinesIsNotHardWrapped() {
    assertThat(LineWrapping.isHardWrapped("News\nSports\nWeather\nContact us\nAbout\n")).isFalse();
  }

  @Test
  void unwrapBlanksWrappedBreaksAndKeepsParagraphBreaksAndLength() {
    String text = "one line\r\nwraps here\n\nnew paragraph\nwraps";
    String unwrapped = LineWrapping.unwrap(text);
    assertThat(unwrapped).isEqualTo("one line  wraps here\n\nnew paragraph wraps");
    assertThat(unwrapped).hasSameSizeAs(text);
  }
}
