package org.parley.coding.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.coding.CoderFixture.code;
import static org.parley.coding.CoderFixture.events;
import static org.parley.coding.CoderFixture.summary;

import org.junit.jupiter.api.Test;
import org.parley.model.CodedDocument;

/** Predicate adjectives with the copula make the event their entry names. */
class PredicateAdjectivesTest {
  @Test
  void criticalOfCodesCriticismAtThePossessor() {
    CodedDocument doc =
        code(
            """
            # text = Japan is critical of China's military build-up.
            1 Japan Japan NNP COUNTRY 3 nsubj
            2 is be VBZ O 3 cop
            3 critical critical JJ O 0 root
            4 of of IN O 8 case
            5 China China NNP COUNTRY 8 nmod:poss
            6 's 's POS O 5 case
            7 military military JJ O 8 amod
            8 build-up build-up NN O 3 obl
            9 . . . O 3 punct
            """);
    assertThat(summary(events(doc, 0))).containsExactly("111 JPN>CHN asserted critical");
  }

  @Test
  void aPrepositionTheEntryNeedsMustBeThere() {
    // "critical to" is "crucial to", no criticism.
    CodedDocument doc =
        code(
            """
            # text = Japan is critical to China.
            1 Japan Japan NNP COUNTRY 3 nsubj
            2 is be VBZ O 3 cop
            3 critical critical JJ O 0 root
            4 to to IN O 5 case
            5 China China NNP COUNTRY 3 obl
            6 . . . O 3 punct
            """);
    assertThat(events(doc, 0)).isEmpty();
  }

  @Test
  void optimismAboutWhatAnotherWillDo() {
    CodedDocument doc =
        code(
            """
            # text = Turkey was confident that Russia would agree.
            1 Turkey Turkey NNP COUNTRY 3 nsubj
            2 was be VBD O 3 cop
            3 confident confident JJ O 0 root
            4 that that IN O 7 mark
            5 Russia Russia NNP COUNTRY 7 nsubj
            6 would would MD O 7 aux
            7 agree agree VB O 3 ccomp
            8 . . . O 3 punct
            """);
    assertThat(summary(events(doc, 0))).contains("013 TUR>RUS asserted confident");
  }
}
