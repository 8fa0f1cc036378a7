package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.DateValue;
import org.parley.model.ParseSelector;
import org.parley.model.ParsedDocument;
import org.parley.model.Token;

/**
 * The dependency parse run over the sentences a {@link ParseSelector} chooses: the others keep
 * everything but the parse.
 */
class ParseSelectionIT {
  private static final String TEXT =
      "Putin met Xi in Beijing on Monday. Russia accused Ukraine of shelling Donetsk on Friday.\n"
          + "\u201cWe will talk,\u201d he said. Nothing else happened.";

  private static CoreNlpParser all;
  private static List<BitSet> quotedSeen;
  private static CoreNlpParser firstOnly;

  @BeforeAll
  static void build() {
    all = CoreNlpParser.create(NlpOptions.defaults());
    quotedSeen = new ArrayList<>();
    firstOnly =
        CoreNlpParser.create(
            NlpOptions.defaults(),
            (List<List<Token>> sentences, BitSet quoted) -> {
              synchronized (quotedSeen) {
                quotedSeen.add((BitSet) quoted.clone());
              }
              BitSet b = new BitSet();
              b.set(0);
              return b;
            });
  }

  private static Article article() {
    return CoreNlpParserIT.article("sel", TEXT, DateValue.parse("2020-02-13"));
  }

  @Test
  void aSentenceLeftOutHasItsTokensTagsAndTimesButNoParse() {
    ParsedDocument full = all.parse(article());
    ParsedDocument some = firstOnly.parse(article());
    assertThat(some.sentences()).hasSize(full.sentences().size()).hasSize(4);
    assertThat(some.sentences().get(0).dependencies())
        .isNotEmpty()
        .isEqualTo(full.sentences().get(0).dependencies());
    for (int i = 1; i < 4; i++) {
      assertThat(some.sentences().get(i).dependencies()).isEmpty();
      assertThat(some.sentences().get(i).tokens()).isEqualTo(full.sentences().get(i).tokens());
      // The same time expressions; only the value of a bare weekday or month name may differ, as
      // CalendarNames reads its direction from the tense of the verb it depends on.
      assertThat(some.sentences().get(i).times())
          .extracting(t -> t.text() + " " + t.span())
          .isEqualTo(
              full.sentences().get(i).times().stream()
                  .map(t -> t.text() + " " + t.span())
                  .toList());
    }
    // "accused ... on Friday": the past Friday with the parse, the coming one without it
    assertThat(full.sentences().get(1).times().get(0).value().get().value())
        .isEqualTo("2020-02-07");
    assertThat(some.sentences().get(1).times().get(0).value().get().value())
        .isEqualTo("2020-02-14");
    assertThat(some.sentences().get(1).tokens().stream().map(Token::ner)).contains("LOCATION");
    assertThat(some.sentences().get(1).tokens().stream().map(Token::pos)).contains("VBD");
    assertThat(some.entities()).isEqualTo(full.entities());
    assertThat(some.quotations()).isEqualTo(full.quotations());
    assertThat(some.provenance()).containsEntry("sentencesParsed", "1");
    assertThat(full.provenance()).containsEntry("sentencesParsed", "4");
    assertThat(full.provenance()).containsEntry("depparse.sentences", "all");
  }

  @Test
  void theSelectorIsToldTheQuotationsSentencesAndTheNextOne() {
    firstOnly.parse(article());
    synchronized (quotedSeen) {
      BitSet expected = new BitSet();
      expected.set(2);
      expected.set(3);
      assertThat(quotedSeen.get(quotedSeen.size() - 1)).isEqualTo(expected);
    }
  }
}
