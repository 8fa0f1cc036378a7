package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.CharSpan;

class QuoteFinderTest {

  private static List<String> texts(String text) {
    return QuoteFinder.find(text).stream().map(QuoteFinder.Found::text).toList();
  }

  @Test
  void findsStraightAndCurlyQuotesWithoutTheirMarks() {
    String text = "He said \"we will go\" and she said \u201cno\u201d.";
    assertThat(QuoteFinder.find(text))
        .containsExactly(
            new QuoteFinder.Found(new CharSpan(9, 19), "we will go"),
            new QuoteFinder.Found(new CharSpan(35, 37), "no"));
  }

  @Test
  void findsAQuoteOfSeveralSentences() {
    assertThat(texts("Kim said: \"There are issues. We will discuss them.\"\nThen he left."))
        .containsExactly("There are issues. We will discuss them.");
  }

  @Test
  void followsAQuoteOverParagraphsThatEachOpenWithAMark() {
    String text =
        "He said: \"We will not accept this.\n\"We call on Moscow to withdraw,\" he added.";
    List<QuoteFinder.Found> found = QuoteFinder.find(text);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).text())
        .isEqualTo("We will not accept this.\nWe call on Moscow to withdraw,");
    assertThat(found.get(0).span()).isEqualTo(new CharSpan(10, 66));
  }

  @Test
  void dropsAQuoteLeftOpenAtAParagraphBreakAndReadsTheNextOnes() {
    assertThat(texts("He said \"we will go.\nLater she said \"no\" twice.")).containsExactly("no");
  }

  @Test
  void dropsAQuoteLeftOpenAtTheEnd() {
    assertThat(texts("He said \"we will")).isEmpty();
  }

  @Test
  void ignoresApostrophesAndSingleQuotes() {
    assertThat(texts("Russia's 'secret' plan, the leaders' talks.")).isEmpty();
  }
}
