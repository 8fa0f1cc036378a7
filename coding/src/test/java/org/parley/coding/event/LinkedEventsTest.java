package org.parley.coding.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.coding.CoderFixture.code;
import static org.parley.coding.CoderFixture.events;
import static org.parley.coding.CoderFixture.summary;

import org.junit.jupiter.api.Test;
import org.parley.model.CodedDocument;

/**
 * PETRARCH conventions that are general CAMEO: a visit and its hosting as two linked events; a
 * pattern that names the modal words carries their meaning in its code; a verbless complement's
 * predicate belongs to the verb's pattern; emphatic "do" misparsed as the main verb; a former state
 * role is an elite (ELI).
 */
class LinkedEventsTest {
  @Test
  void aVisitToACountryIsAlsoItsHosting() {
    CodedDocument doc =
        code(
            """
            # text = The Russian president visited China.
            1 The the DT O 3 det
            2 Russian Russian JJ NATIONALITY 3 amod
            3 president president NN TITLE 4 nsubj
            4 visited visit VBD O 0 root
            5 China China NNP COUNTRY 4 obj
            6 . . . O 4 punct
            """);
    assertThat(summary(events(doc, 0)))
        .containsExactlyInAnyOrder(
            "042 RUSGOV>CHN asserted visited", "043 CHN>RUSGOV asserted visited");
  }

  @Test
  void aVisitedCityNamesNoHost() {
    CodedDocument doc =
        code(
            """
            # text = The Russian president visited Beijing.
            1 The the DT O 3 det
            2 Russian Russian JJ NATIONALITY 3 amod
            3 president president NN TITLE 4 nsubj
            4 visited visit VBD O 0 root
            5 Beijing Beijing NNP CITY 4 obj
            6 . . . O 4 punct
            """);
    assertThat(summary(events(doc, 0))).containsExactly("042 RUSGOV>CHN asserted visited");
  }

  @Test
  void aPatternThatNamesTheModalWordsKeepsItsOwnCode() {
    // "- WILL NOT * (TOWARDS +) [030]" under BUDGE: not a refusal on top of the pattern's code.
    CodedDocument doc =
        code(
            """
            # text = Egypt will not budge towards Israel.
            1 Egypt Egypt NNP COUNTRY 4 nsubj
            2 will will MD O 4 aux
            3 not not RB O 4 advmod
            4 budge budge VB O 0 root
            5 towards towards IN O 6 case
            6 Israel Israel NNP COUNTRY 4 obl
            7 . . . O 4 punct
            """);
    assertThat(summary(events(doc, 0))).containsExactly("030 EGY>ISR asserted budge");
  }

  @Test
  void emphaticDoMisparsedAsTheMainVerbLendsItsSubject() {
    CodedDocument doc =
        code(
            """
            # text = Egypt did condemn Israel.
            1 Egypt Egypt NNP COUNTRY 2 nsubj
            2 did do VBD O 0 root
            3 condemn condemn VB O 2 ccomp
            4 Israel Israel NNP COUNTRY 3 obj
            5 . . . O 2 punct
            """);
    assertThat(summary(events(doc, 0))).containsExactly("111 EGY>ISR asserted condemn");
  }

  @Test
  void aFormerStateRoleIsAnElite() {
    CodedDocument doc =
        code(
            """
            # text = A former Egyptian minister condemned Israel.
            1 A a DT O 4 det
            2 former former JJ O 4 amod
            3 Egyptian Egyptian JJ NATIONALITY 4 amod
            4 minister minister NN TITLE 5 nsubj
            5 condemned condemn VBD O 0 root
            6 Israel Israel NNP COUNTRY 5 obj
            7 . . . O 5 punct
            """);
    assertThat(summary(events(doc, 0))).containsExactly("111 EGYELI>ISR asserted condemned");
  }

  @Test
  void aVerblessComplementsPredicateIsMatchedByTheVerbsPatterns() {
    // SAY's "- * TENSE [012]" is written for "said the situation was tense".
    CodedDocument doc =
        code(
            """
            # text = Egypt said the situation was tense.
            1 Egypt Egypt NNP COUNTRY 2 nsubj
            2 said say VBD O 0 root
            3 the the DT O 4 det
            4 situation situation NN O 6 nsubj
            5 was be VBD O 6 cop
            6 tense tense JJ O 2 ccomp
            7 . . . O 2 punct
            """);
    assertThat(summary(events(doc, 0))).containsExactly("012 EGY>- asserted said");
  }
}
