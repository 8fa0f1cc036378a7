package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.CharSpan;
import org.parley.model.Dependency;
import org.parley.model.ParsedDocument;
import org.parley.model.Sentence;

class StoredParsesTest {
  private static final String FLAT =
      "1 Israel Israel PROPN NNP _ 2 nsubj _ _ 2 released release VERB VBD _ 0 root _ _"
          + " 3 the the DET DT _ 4 det _ _ 4 mayor mayor NOUN NN _ 2 dobj _ _"
          + " 5 in in ADP IN _ 6 case _ _ 6 Nablus Nablus PROPN NNP _ 2 nmod _ _";

  private static GoldRecord record(String text, String parse) {
    return new GoldRecord(
        "r1",
        "AFP",
        text,
        Optional.of(LocalDate.of(2008, 8, 6)),
        Optional.of(parse),
        List.of(),
        Optional.empty(),
        Map.of(),
        Optional.empty());
  }

  @Test
  void flattenedConllUBecomesOneSentenceWithUd2Relations() {
    ParsedDocument doc =
        StoredParses.document(
            record("Israel released the mayor in Nablus", FLAT), Suite.Parses.CONLLU);
    Sentence s = doc.sentences().get(0);
    assertThat(s.tokens()).hasSize(6);
    assertThat(s.tokens().get(3).span()).isEqualTo(new CharSpan(20, 25));
    // dobj is obj in UD 2; nmod under a verb is obl
    assertThat(s.dependencies())
        .contains(
            new Dependency(1, 3, "obj"),
            new Dependency(1, 5, "obl"),
            new Dependency(-1, 1, "root"));
    assertThat(doc.article().published()).isPresent();
  }

  @Test
  void wordsAlignToTheTextDespiteOtherQuoteMarks() {
    assertThat(
            StoredParses.align(
                "called it ``unacceptable''", List.of("called", "it", "\"", "unacceptable", "\"")))
        .hasValueSatisfying(spans -> assertThat(spans.get(2)).isEqualTo(new CharSpan(10, 12)));
  }

  @Test
  void wordsThatAreNotInTheTextFallBackToTheJoinedWords() {
    ParsedDocument doc =
        StoredParses.document(record("Something else entirely", FLAT), Suite.Parses.CONLLU);
    assertThat(doc.article().body()).isEqualTo("Israel released the mayor in Nablus");
    assertThat(doc.provenance()).containsEntry("aligned", "false");
  }

  @Test
  void brokenConllUIsRefusedWithTheReason() {
    assertThatThrownBy(() -> StoredParses.conllu("1 Israel Israel PROPN NNP _ 2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a multiple of 10");
    assertThatThrownBy(() -> StoredParses.conllu("1 A a X NN _ 5 nsubj _ _"))
        .hasMessageContaining("past the last token");
  }

  @Test
  void pennTreebankParsesAreConvertedByCoreNlp() {
    ParsedDocument doc =
        StoredParses.document(
            record(
                "Arnor restored ties with Gondor.",
                "(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NNS ties)) (PP (IN with) (NP (NNP Gondor)))) (. .)))"),
            Suite.Parses.PENN_TREEBANK);
    Sentence s = doc.sentences().get(0);
    assertThat(s.tokens().get(4).word()).isEqualTo("Gondor");
    assertThat(s.tokens().get(4).span()).isEqualTo(new CharSpan(25, 31));
    assertThat(s.dependencies()).contains(new Dependency(1, 0, "nsubj"));
  }
}
